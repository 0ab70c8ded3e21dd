// vnd.relance:RegisterMapping: the register's columns as the reader maps them
// (uno/register_overview_reading.hpp), and the correction the Invoices panel
// makes. Arguments, each optional: Mapping (register_mapping.hpp's text
// form, "header=1;invoice=A;client=B;due=H;incl=J") stores it in the
// document; Clear=true removes the stored one. The result is the view after
// the change, as PropertyValues: Sheet, HeaderRow (1-based, 0 when none),
// Headers (rows of column letters and header text), Fields (rows of key,
// name in the UI language, column letters or ""), Source ("stored" or
// "detected"), StoredMapping, ProblemKind and Problem ("" when the reader
// can use the mapping).
#include "core/column_letters.hpp"
#include "core/error.hpp"
#include "core/register_mapping.hpp"
#include "ui/command_table.hpp"
#include "ui/overview_texts.hpp"
#include "ui/property_values.hpp"
#include "ui/ui_texts.hpp"
#include "uno/register_overview_reading.hpp"
#include "uno/text_conversion.hpp"

namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Sequence;
using rtl::OUString;

Sequence<Sequence<OUString>> headerRows(const uno::RegisterColumnsView& view)
{
    std::vector<Sequence<OUString>> rows;
    for (const uno::HeaderColumn& header : view.headers) {
        const OUString row[] = {uno::toOUString(header.letters), uno::toOUString(header.text)};
        rows.emplace_back(row, 2);
    }
    return sequenceOf(rows);
}

Sequence<Sequence<OUString>> fieldRows(const uno::RegisterColumnsView& view, const UiTexts& texts)
{
    std::vector<Sequence<OUString>> rows;
    for (const uno::FieldColumn& field : view.fields) {
        const OUString row[] = {uno::toOUString(std::string(fieldKey(field.field))),
                                uno::toOUString(fieldLabel(field.field, texts.catalog())),
                                uno::toOUString(field.column ? columnLetters(*field.column) : std::string())};
        rows.emplace_back(row, 3);
    }
    return sequenceOf(rows);
}

} // namespace

Any registerMappingCommand(const CommandCall& call)
{
    const auto document = call.document();
    const UiTexts texts(call.context());
    bool clear = false;
    call.argument("Clear") >>= clear;
    OUString mapping;
    if (clear)
        uno::clearRegisterMapping(document);
    else if (call.argument("Mapping") >>= mapping)
        uno::storeRegisterMapping(document, parseRegisterMapping(uno::toUtf8(mapping)));

    const uno::RegisterColumnsView view = uno::describeRegisterColumns(document);
    PropertyValues result;
    result.add("Sheet", uno::toOUString(view.sheet));
    result.add("HeaderRow", static_cast<sal_Int32>(view.headerRow ? *view.headerRow + 1 : 0));
    result.add("Headers", headerRows(view));
    result.add("Fields", fieldRows(view, texts));
    result.add("Source", OUString::createFromAscii(view.source == LayoutSource::StoredMapping ? "stored" : "detected"));
    result.add("StoredMapping", uno::toOUString(view.storedMapping));
    result.add("ProblemKind", OUString::createFromAscii(view.problem ? registerProblemKindName(view.problem->kind) : ""));
    result.add("Problem",
               uno::toOUString(view.problem ? registerProblemText(*view.problem, texts.catalog()) : std::string()));
    return result.any();
}

} // namespace relance::ui
