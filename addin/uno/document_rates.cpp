#include "uno/document_rates.hpp"

#include "core/error.hpp"
#include "core/rate_override.hpp"
#include "uno/argument_columns.hpp"
#include "uno/argument_conversion.hpp"
#include "uno/shipped_rates.hpp"
#include "uno/text_conversion.hpp"

#include <com/sun/star/sheet/XCellRangeData.hpp>
#include <com/sun/star/sheet/XCellRangeReferrer.hpp>
#include <com/sun/star/sheet/XNamedRange.hpp>
#include <com/sun/star/sheet/XNamedRanges.hpp>
#include <com/sun/star/util/XModifyBroadcaster.hpp>
#include <com/sun/star/util/XModifyListener.hpp>
#include <cppuhelper/implbase1.hxx>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/lang/XEventListener.hpp>
#include <rtl/ref.hxx>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <vector>

namespace relance::uno {

namespace {

using css::uno::Reference;
using Clock = std::chrono::steady_clock;

/// How long a document's tables are trusted without asking whether
/// RELANCE_RATES was created, removed or redefined.
constexpr auto recheckAfter = std::chrono::seconds(1);

/// Set when a cell of the watched range changes.
class RangeWatcher final : public cppu::WeakImplHelper1<css::util::XModifyListener>
{
public:
    void SAL_CALL modified(const css::lang::EventObject&) override { m_changed = true; }
    void SAL_CALL disposing(const css::lang::EventObject&) override { m_changed = true; }
    bool changed() const { return m_changed; }

private:
    std::atomic<bool> m_changed{false};
};

/// Set when the document closes: its entry is then forgotten, so that a new
/// document at the same address never inherits it. Cheaper than asking a
/// weak reference on every formula call.
class ClosingWatcher final : public cppu::WeakImplHelper1<css::lang::XEventListener>
{
public:
    void SAL_CALL disposing(const css::lang::EventObject&) override { m_closed = true; }
    bool closed() const { return m_closed; }

private:
    std::atomic<bool> m_closed{false};
};

struct DocumentEntry {
    const void* identity = nullptr; // the model's XInterface address
    rtl::Reference<ClosingWatcher> closing;
    Reference<css::sheet::XNamedRanges> names;
    OUString content; // RELANCE_RATES's definition when read; empty when there is none
    Date nullDate;
    Reference<css::util::XModifyBroadcaster> watchedRange;
    rtl::Reference<RangeWatcher> watcher;
    DocumentRateTables result;
    std::string error; // the refusal, when RELANCE_RATES is malformed
    Clock::time_point checkedAt;

    bool changed() const { return watcher.is() && watcher->changed(); }

    void stopWatching()
    {
        if (watchedRange.is() && watcher.is()) {
            try {
                watchedRange->removeModifyListener(Reference<css::util::XModifyListener>(watcher.get()));
            } catch (const css::uno::Exception&) {
                // the document is closing
            }
        }
        watchedRange.clear();
        watcher.clear();
    }
};

std::mutex entriesMutex;
std::vector<DocumentEntry> entries; // a few documents at most: a vector is enough
std::atomic<std::uint64_t> lastGeneration{0};

[[noreturn]] void refuseRow(std::size_t row, const std::string& why)
{
    throw InvalidArgument(std::string(documentRatesRangeName) + " row " + std::to_string(row) + ": " + why);
}

double numberIn(const css::uno::Any& cell, const char* what)
{
    double number = 0;
    if (cell.getValueTypeClass() != css::uno::TypeClass_DOUBLE || !(cell >>= number))
        throw InvalidArgument(std::string("the ") + what + " must be a number");
    return number;
}

/// A header row names its columns: its date and its rate are both text
/// ("Effective date", "Rate"). A row with a number in either is a rate row,
/// checked like any other: a date typed as text is an error, not a header.
bool isHeader(const css::uno::Sequence<css::uno::Any>& row)
{
    return row[1].getValueTypeClass() == css::uno::TypeClass_STRING &&
           row[2].getValueTypeClass() == css::uno::TypeClass_STRING;
}

/// The rows of the range: source, effective date, rate. A first row may be
/// a header (isHeader); blank rows are skipped.
std::vector<RateOverride> overridesIn(const AnyMatrix& cells, Date nullDate)
{
    std::vector<RateOverride> rows;
    for (sal_Int32 index = 0; index < cells.getLength(); ++index) {
        const auto& row = cells[index];
        const std::size_t number = static_cast<std::size_t>(index) + 1;
        if (row.getLength() < 3)
            refuseRow(number, "the range must have three columns: source, effective date, rate");
        if (std::all_of(row.begin(), row.end(), [](const css::uno::Any& cell) { return isBlank(cell); }))
            continue;
        if (index == 0 && isHeader(row))
            continue;
        OUString source;
        if (!(row[0] >>= source) || source.trim().isEmpty())
            refuseRow(number, "the source must be a rate table code such as ECB or DE-BASIS");
        try {
            rows.push_back({toUtf8(source.trim()),
                            dateFromSerial(numberIn(row[1], "effective date"), nullDate, "the effective date"),
                            AnnualRate::fromFraction(numberIn(row[2], "rate"), "the rate"),
                            static_cast<int>(number)});
        } catch (const InvalidArgument& error) {
            refuseRow(number, error.what());
        }
    }
    return rows;
}

/// Reads RELANCE_RATES afresh into `entry` (called without the lock: it calls Calc).
void readInto(DocumentEntry& entry, const Reference<css::sheet::XNamedRange>& range)
{
    entry.stopWatching();
    entry.error.clear();
    entry.result = {shippedRateTables(), 0};
    if (!range.is())
        return;
    try {
        const Reference<css::sheet::XCellRangeReferrer> referrer(range, css::uno::UNO_QUERY);
        const Reference<css::table::XCellRange> cells = referrer.is() ? referrer->getReferredCells() : nullptr;
        const Reference<css::sheet::XCellRangeData> data(cells, css::uno::UNO_QUERY);
        if (!data.is())
            throw InvalidArgument(std::string(documentRatesRangeName) + " (" + toUtf8(entry.content) +
                                  ") does not refer to a range of cells");
        entry.watchedRange.set(cells, css::uno::UNO_QUERY);
        if (entry.watchedRange.is()) {
            entry.watcher = new RangeWatcher();
            entry.watchedRange->addModifyListener(Reference<css::util::XModifyListener>(entry.watcher.get()));
        }
        entry.result = {std::make_shared<const RateTables>(
                            withOverrides(*entry.result.tables, overridesIn(data->getDataArray(), entry.nullDate))),
                        ++lastGeneration};
    } catch (const InvalidArgument& error) {
        entry.error = error.what();
    }
}

DocumentRateTables answer(const DocumentEntry& entry)
{
    if (!entry.error.empty())
        throw InvalidArgument(entry.error);
    return entry.result;
}

} // namespace

DocumentRateTables rateTablesFor(const Reference<css::beans::XPropertySet>& document, Date nullDate)
{
    // The options Calc passes are not always the same interface pointer:
    // the model's XInterface is its identity.
    const Reference<css::uno::XInterface> model(document, css::uno::UNO_QUERY);
    if (!model.is())
        return {shippedRateTables(), 0};
    const void* const identity = model.get();
    const Clock::time_point now = Clock::now();

    DocumentEntry entry;
    {
        std::lock_guard<std::mutex> lock(entriesMutex);
        for (auto it = entries.begin(); it != entries.end();) {
            if (it->closing->closed()) { // forget it
                it = entries.erase(it);
                continue;
            }
            if (it->identity == identity) {
                if (it->nullDate == nullDate && now - it->checkedAt < recheckAfter && !it->changed())
                    return answer(*it);
                entry = std::move(*it);
                entries.erase(it);
                break;
            }
            ++it;
        }
    }

    // Checked or read outside the lock: these calls go into Calc.
    if (!entry.names.is()) {
        entry.identity = identity;
        entry.closing = new ClosingWatcher();
        const Reference<css::lang::XComponent> component(document, css::uno::UNO_QUERY);
        if (component.is())
            component->addEventListener(Reference<css::lang::XEventListener>(entry.closing.get()));
        document->getPropertyValue("NamedRanges") >>= entry.names;
    }
    const OUString name = OUString::createFromAscii(documentRatesRangeName);
    Reference<css::sheet::XNamedRange> range;
    if (entry.names.is() && entry.names->hasByName(name))
        entry.names->getByName(name) >>= range;
    const OUString content = range.is() ? range->getContent() : OUString();
    const bool fresh = entry.result.tables && content == entry.content && entry.nullDate == nullDate &&
                       !entry.changed();
    entry.content = content;
    entry.nullDate = nullDate;
    entry.checkedAt = now;
    if (!fresh)
        readInto(entry, range);

    std::lock_guard<std::mutex> lock(entriesMutex);
    entries.push_back(std::move(entry));
    return answer(entries.back());
}

} // namespace relance::uno
