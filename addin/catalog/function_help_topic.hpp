#pragma once
// Which Relance function a cell's formula is about, for help on it: Calc
// gives an extension's functions no help id (only its own add-ins have one),
// so Relance's Help command looks at the selected cell's formula instead and
// opens the manual's section on the function found there.
#include <string>
#include <string_view>

namespace relance::catalog {

/// The English name (the manual's anchor: "DAYSLATE") of the first Relance
/// function called in `formula` as Calc's API spells it
/// ("=ORG.RELANCE.RELANCEFUNCTIONS.GETDAYSLATE(H2;…)", any case), or "" when
/// it calls none.
std::string functionHelpTopic(std::string_view formula);

} // namespace relance::catalog
