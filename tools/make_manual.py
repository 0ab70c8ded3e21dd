#!/usr/bin/python3
"""Builds Relance's manual pages shipped in relance.oxt (manual/<lang>.html):
docs/manual/<lang>.html with its <!-- FUNCTIONS --> mark replaced by every
function of CalcAddIns.xcu in that language (name, arguments, description:
the texts the Function Wizard shows, written once in the function catalog).
Each function's section has the English name as its anchor (#DAYSLATE), the
same in every language, for vnd.relance:Help's Topic.

    python3 tools/make_manual.py <CalcAddIns.xcu> <docs/manual> <output folder>
"""

import html
import os
import sys
import xml.etree.ElementTree as ElementTree

OOR = "{http://openoffice.org/2001/registry}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
LANGUAGES = {"en": "en-US", "fr": "fr", "de": "de"}
MARK = "<!-- FUNCTIONS -->"


def child(node, name):
    for element in node:
        if element.get(OOR + "name") == name:
            return element
    return None


def text(node, name, language):
    prop = child(node, name)
    values = {value.get(XML_LANG): value.text or "" for value in prop} if prop is not None else {}
    return values.get(language) or values.get("en-US", "")


def functions(xcu):
    root = ElementTree.parse(xcu).getroot()
    addin = child(child(root, "AddInInfo"), "org.relance.RelanceFunctions")
    return list(child(addin, "AddInFunctions"))


def function_sections(xcu, language):
    sections = []
    for function in functions(xcu):
        english = text(function, "DisplayName", "en-US")
        parameters = list(child(function, "Parameters") or [])
        names = [text(parameter, "DisplayName", language) for parameter in parameters]
        items = "".join("<li><code>%s</code>: %s</li>" % (html.escape(name), html.escape(
            text(parameter, "Description", language))) for name, parameter in zip(names, parameters))
        sections.append('<div class="function" id="%s"><h3><code>%s(%s)</code></h3>\n<p>%s</p>\n<ul>%s</ul></div>' % (
            english, html.escape(text(function, "DisplayName", language)), html.escape("; ".join(names)),
            html.escape(text(function, "Description", language)), items))
    return "\n".join(sections)


def main(xcu, sources, output):
    os.makedirs(output, exist_ok=True)
    for language, xml_language in LANGUAGES.items():
        with open(os.path.join(sources, language + ".html"), encoding="utf-8") as source:
            page = source.read()
        if MARK not in page:
            raise SystemExit("%s.html has no %s" % (language, MARK))
        page = page.replace(MARK, function_sections(xcu, xml_language))
        with open(os.path.join(output, language + ".html"), "w", encoding="utf-8") as target:
            target.write(page)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    main(*sys.argv[1:])
