#include "catalog/calc_addins_xcu.hpp"

#include "catalog/function_catalog.hpp"
#include "catalog/xml_text.hpp"

#include <sstream>

namespace relance::catalog {

namespace {

void writeLocalizedProperty(std::ostream& out, const char* property, const Localized& text,
                            const std::string& indent)
{
    out << indent << "<prop oor:name=\"" << property << "\">\n"
        << indent << "  <value xml:lang=\"en-US\">" << xmlEscaped(text.english) << "</value>\n"
        << indent << "  <value xml:lang=\"fr\">" << xmlEscaped(text.french) << "</value>\n"
        << indent << "  <value xml:lang=\"de\">" << xmlEscaped(text.german) << "</value>\n"
        << indent << "</prop>\n";
}

} // namespace

std::string calcAddInsXcu()
{
    std::ostringstream out;
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<!-- Generated from addin/catalog/function_catalog.cpp: edit the table, not this file. -->\n"
           "<oor:component-data xmlns:oor=\"http://openoffice.org/2001/registry\" "
           "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" oor:name=\"CalcAddIns\" "
           "oor:package=\"org.openoffice.Office\">\n"
           "  <node oor:name=\"AddInInfo\">\n"
        << "    <node oor:name=\"" << serviceName << "\" oor:op=\"replace\">\n"
        << "      <node oor:name=\"AddInFunctions\">\n";
    for (const Function& function : functions()) {
        out << "        <node oor:name=\"" << function.programmaticName << "\" oor:op=\"replace\">\n";
        writeLocalizedProperty(out, "DisplayName", function.displayName, "          ");
        writeLocalizedProperty(out, "Description", function.description, "          ");
        out << "          <prop oor:name=\"Category\"><value>" << xmlEscaped(function.category)
            << "</value></prop>\n"
            << "          <prop oor:name=\"CompatibilityName\"><value xml:lang=\"en-US\">"
            << xmlEscaped(function.displayName.english) << "</value></prop>\n"
            << "          <node oor:name=\"Parameters\">\n";
        for (const Parameter& parameter : function.parameters) {
            out << "            <node oor:name=\"" << parameter.name << "\" oor:op=\"replace\">\n";
            writeLocalizedProperty(out, "DisplayName", parameter.displayName, "              ");
            writeLocalizedProperty(out, "Description", parameter.description, "              ");
            out << "            </node>\n";
        }
        out << "          </node>\n"
            << "        </node>\n";
    }
    out << "      </node>\n"
           "    </node>\n"
           "  </node>\n"
           "</oor:component-data>\n";
    return out.str();
}

} // namespace relance::catalog
