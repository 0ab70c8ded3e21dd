"""Where a Calc function call's time goes: splits the samples of `perf record
--call-graph dwarf` profiles written by `calc_functions_bench.py --perf-dir DIR`
into the add-in's own code, the add-in reading NullDate through Calc, UNO's
call machinery (reflection invoke and the C++ bridge) and Calc's interpreter,
in per cent and in µs per cell.

    /usr/bin/python3 bench/perf_breakdown.py DIR/perf-a.data DIR/perf-c.data ...

LibreOffice's libraries have no debugging symbols on Debian, so Calc's and
UNO's share is told apart by library (libsclo.so, libreflectionlo.so,
libgcc3_uno.so ...), Relance's by function name.
"""

import collections
import json
import os
import subprocess
import sys

ADDIN_LIBRARIES = {"librelance.so", "libdatelo.so", "libanalysislo.so"}
UNO_CALL_LIBRARIES = {"libreflectionlo.so", "libgcc3_uno.so"}
CALC_LIBRARIES = {"libsclo.so", "libmergedlo.so"}

# ScAddInListener::Get (sc/source/ui/unoobj/addinlis.cxx), inlined into
# ScInterpreter::ScExternal: a linear search of every live volatile result for
# each call that returns one. Found with objdump in Debian's libsclo.so of
# LibreOffice 7.4.7-1+deb12u14 (the loop after the call to AddRecalcMode, before
# SvtListener::StartListening); other builds have it elsewhere.
LISTENER_SEARCH = ("1ee02e05f355a66868fb9722db07177dfeb1f73f", 0x5eef56, 0x5eef6f)


def build_id(path):
    try:
        notes = subprocess.run(["readelf", "-n", path], capture_output=True, text=True).stdout
    except OSError:
        return None
    for line in notes.splitlines():
        if "Build ID:" in line:
            return line.split(":", 1)[1].strip()
    return None


def samples(perf_data):
    """Each sample's frames, leaf first, as (address, symbol, library)."""
    script = subprocess.run(["perf", "script", "--no-inline", "-i", perf_data, "-F", "ip,sym,dso"],
                            capture_output=True, text=True, check=True).stdout
    for block in script.split("\n\n"):
        frames = []
        for line in block.strip().splitlines():
            parts = line.strip().split(None, 1)
            if len(parts) < 2 or "(" not in parts[1]:
                continue
            rest = parts[1]
            library = os.path.basename(rest[rest.rfind("(") + 1:-1])
            symbol = rest[:rest.rfind("(")].strip()
            frames.append((int(parts[0], 16), symbol, library))
        if frames:
            yield frames


def short_name(symbol):
    """relance::uno::optionalNumber(...) -> optionalNumber; keeps lambdas apart."""
    name = symbol.split("(")[0]
    for prefix in ("relance::uno::(anonymous namespace)::", "relance::uno::", "relance::"):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def classify(frames, listener_search):
    """`frames`: a sample's frames below (leafward of) ScFormulaCell::Interpret."""
    libraries = [library for _, _, library in frames]
    addin = [i for i, library in enumerate(libraries) if library in ADDIN_LIBRARIES]
    if addin:
        inside = frames[:max(addin) + 1]
        relance = [symbol for _, symbol, library in inside if library == "librelance.so"]
        if any("nullDateOf" in symbol for symbol in relance) or any(
                library in CALC_LIBRARIES for _, _, library in inside[:max(addin)]):
            return "add-in: calls back into Calc (Relance: the NullDate read)", None
        innermost = next((short_name(s) for s in relance if s and s != "[unknown]"), None)
        return "add-in: own code (and the runtime it calls)", innermost
    address, leaf, library = frames[0]
    leaf = "%s (%s)" % (leaf if leaf != "[unknown]" else "?", library)
    if any(library in UNO_CALL_LIBRARIES for library in libraries):
        return "UNO: reflection invoke + C++ bridge (argument copies)", leaf
    if listener_search and library == "libsclo.so" and listener_search[0] <= address < listener_search[1]:
        return "Calc: ScAddInListener::Get linear search", None
    return "Calc: interpreter, ScExternal (arguments, result, look-ups)", leaf


def breakdown(perf_data):
    sidecar = {}
    if os.path.exists(perf_data + ".json"):
        with open(perf_data + ".json") as meta:
            sidecar = json.load(meta)
    listener_search = None
    if build_id("/usr/lib/libreoffice/program/libsclo.so") == LISTENER_SEARCH[0]:
        listener_search = LISTENER_SEARCH[1:]
    categories = collections.Counter()
    detail = collections.defaultdict(collections.Counter)
    interpreting = other = 0
    for frames in samples(perf_data):
        interpret = next((i for i, (_, symbol, _) in enumerate(frames)
                          if symbol.startswith("ScFormulaCell::Interpret")), None)
        if interpret is None:
            other += 1
            continue
        interpreting += 1
        # only what runs for the formula: the incoming calculateAll() call is
        # itself dispatched by the UNO bridge further up the stack
        category, function = classify(frames[:interpret] or frames[interpret:interpret + 1],
                                      listener_search)
        categories[category] += 1
        if function:
            detail[category][function] += 1
    return sidecar, interpreting, other, categories, detail


def main(paths, top=8):
    for path in paths:
        sidecar, interpreting, other, categories, detail = breakdown(path)
        per_sample_us = None
        if sidecar.get("rows") and sidecar.get("repetitions") and sidecar.get("frequency"):
            per_sample_us = 1e6 / sidecar["frequency"] / sidecar["repetitions"] / sidecar["rows"]
        print("%s  %s: %d samples interpreting formulas, %d elsewhere" % (
            sidecar.get("case", os.path.basename(path)), sidecar.get("formula", ""), interpreting, other))
        for category, count in categories.most_common():
            share = 100.0 * count / interpreting
            cost = " %6.3f µs/cell" % (count * per_sample_us) if per_sample_us else ""
            print("  %5.1f%%%s  %s" % (share, cost, category))
            # the add-in's own code by innermost add-in function; Calc's and
            # UNO's by the function running (only exported ones have names)
            for function, part in detail[category].most_common(top):
                cost = " %6.3f µs/cell" % (part * per_sample_us) if per_sample_us else ""
                print("          %5.1f%%%s  %s" % (100.0 * part / interpreting, cost, function[:110]))
        print()


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
