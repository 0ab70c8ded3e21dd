#include "ui/payment_plan_dialog.hpp"

#include "ui/date_field_value.hpp"
#include "ui/dialog_builder.hpp"
#include "ui/message_box.hpp"
#include "uno/text_conversion.hpp"

#include <algorithm>

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/ui/dialogs/ExecutableDialogResults.hpp>
#include <com/sun/star/util/Date.hpp>

namespace relance::ui {

namespace {

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::UNO_QUERY_THROW;
using rtl::OUString;


/// Adds a whole-number field with a spin button.
void addWholeNumber(DialogBuilder& dialog, const char* name, Place place, double value, double minimum, double maximum)
{
    dialog.add("NumericField", name, place,
               {{"Value", Any(value)},
                {"ValueMin", Any(minimum)},
                {"ValueMax", Any(maximum)},
                {"DecimalAccuracy", Any(sal_Int16(0))},
                {"Spin", Any(true)},
                {"StrictFormat", Any(true)}});
}

} // namespace

std::optional<PlanChoice> askPaymentPlan(const Reference<css::uno::XComponentContext>& context,
                                         const Reference<css::frame::XFrame>& frame, const PlanDialogSetup& setup,
                                         const UiTexts& texts)
{
    // appfont units; the labels' column fits the longest label of the six languages
    constexpr sal_Int32 width = 290, margin = 6, labelWidth = 130, fieldX = margin + labelWidth + 4,
                        fieldWidth = width - margin - fieldX, rowStep = 16;
    const PlanChoice& defaults = setup.defaults;
    DialogBuilder dialog(context, texts.text("plan/title"), width, 194);
    sal_Int32 y = 8;
    const auto label = [&](const char* name, const char* key) {
        dialog.add("FixedText", name, {margin, y + 2, labelWidth, 10}, {{"Label", Any(texts.text(key))}});
    };

    Sequence<OUString> names(static_cast<sal_Int32>(setup.clients.size()));
    std::copy(setup.clients.begin(), setup.clients.end(), names.getArray());
    const sal_Int16 selectedIndex = static_cast<sal_Int16>(setup.selected.value_or(0));
    const Sequence<sal_Int16> selectedItems(&selectedIndex, setup.selected ? 1 : 0);
    label("ClientLabel", "plan/client");
    dialog.add("ListBox", "Client", {fieldX, y, fieldWidth, 12},
               {{"StringItemList", Any(names)},
                {"Dropdown", Any(true)},
                {"LineCount", Any(sal_Int16(12))},
                {"SelectedItems", Any(selectedItems)}});
    y += rowStep;
    label("AmountLabel", "plan/amount");
    dialog.add("NumericField", "Amount", {fieldX, y, 80, 12},
               {{"Value", Any(setup.selected ? setup.debtOf(setup.clients[*setup.selected]) : 0.0)},
                {"ValueMin", Any(0.0)},
                {"ValueMax", Any(1e12)},
                {"DecimalAccuracy", Any(sal_Int16(2))},
                {"ShowThousandsSeparator", Any(true)},
                {"StrictFormat", Any(true)}});
    y += 14;
    dialog.add("FixedText", "AmountNote", {fieldX, y, fieldWidth, 34},
               {{"Label", Any(texts.format("plan/amount_note", MessageArguments().date("date", setup.asOf)))},
                {"MultiLine", Any(true)}});
    y += 38;
    label("CountLabel", "plan/count");
    addWholeNumber(dialog, "Count", {fieldX, y, 50, 12}, defaults.count, 1, 600);
    y += rowStep;
    label("MonthsLabel", "plan/months");
    addWholeNumber(dialog, "Months", {fieldX, y, 50, 12}, defaults.periodMonths, 1, 12);
    y += rowStep;
    label("FirstDateLabel", "plan/first_date");
    dialog.add("DateField", "FirstDate", {fieldX, y, 70, 12},
               {{"Date", Any(utilDate(defaults.firstDate))},
                {"Dropdown", Any(true)},
                {"StrictFormat", Any(true)},
                {"DateFormat", Any(sal_Int16(2))}});
    y += rowStep;
    label("DayLabel", "plan/day");
    addWholeNumber(dialog, "Day", {fieldX, y, 50, 12}, defaults.dayOfMonth, 0, 31);
    y += rowStep;
    label("RateLabel", "plan/rate");
    dialog.add("NumericField", "Rate", {fieldX, y, 50, 12},
               {{"Value", Any(defaults.annualRatePercent)},
                {"ValueMin", Any(0.0)},
                {"ValueMax", Any(100.0)},
                {"DecimalAccuracy", Any(sal_Int16(2))},
                {"StrictFormat", Any(true)}});
    y += rowStep + 2;
    dialog.add("CheckBox", "Agreement", {margin, y, width - 2 * margin, 10},
               {{"Label", Any(texts.text("plan/agreement"))}, {"State", Any(sal_Int16(defaults.agreement ? 1 : 0))}});
    y += 14;
    dialog.add("FixedLine", "ButtonsLine", {margin, y, width - 2 * margin, 6});
    y += 10;
    dialog.addHelpButton({margin, y, 60, 14}, texts.text("letters/help"), "payment-plan");
    dialog.add("Button", "Create", {width - margin - 134, y, 70, 14},
               {{"Label", Any(texts.text("plan/create"))},
                {"PushButtonType", Any(sal_Int16(css::awt::PushButtonType_OK))},
                {"DefaultButton", Any(true)}});
    dialog.add("Button", "Cancel", {width - margin - 60, y, 60, 14},
               {{"Label", Any(texts.text("letters/cancel"))},
                {"PushButtonType", Any(sal_Int16(css::awt::PushButtonType_CANCEL))}});
    // the dialog ends below its buttons
    Reference<css::beans::XPropertySet>(dialog.factory(), UNO_QUERY_THROW)->setPropertyValue("Height", Any(y + 20));
    const Reference<css::awt::XDialog> window = dialog.create(frame);

    const auto chosenClient = [&]() -> std::optional<OUString> {
        Sequence<sal_Int16> selected;
        dialog.model("Client")->getPropertyValue("SelectedItems") >>= selected;
        if (!selected.hasElements() || selected[0] < 0 || static_cast<std::size_t>(selected[0]) >= setup.clients.size())
            return std::nullopt;
        return setup.clients[static_cast<std::size_t>(selected[0])];
    };
    dialog.onSelect("Client", [&] {
        if (const auto client = chosenClient())
            dialog.model("Amount")->setPropertyValue("Value", Any(setup.debtOf(*client)));
    });
    const auto number = [&](const char* name) {
        double value = 0; // an emptied field has no value
        dialog.model(name)->getPropertyValue("Value") >>= value;
        return value;
    };

    const auto agreementChecked = [&] {
        sal_Int16 state = 0;
        dialog.model("Agreement")->getPropertyValue("State") >>= state;
        return state == 1;
    };

    std::optional<PlanChoice> result;
    while (window->execute() == css::ui::dialogs::ExecutableDialogResults::OK) {
        const std::optional<OUString> client = chosenClient();
        if (!client) {
            showMessage(context, frame, texts.text("plan/choose_client"));
            continue;
        }
        css::util::Date first;
        dialog.model("FirstDate")->getPropertyValue("Date") >>= first;
        PlanChoice choice{*client,
                          number("Amount"),
                          static_cast<sal_Int32>(number("Count")),
                          static_cast<sal_Int32>(number("Months")),
                          coreDate(first),
                          static_cast<sal_Int32>(number("Day")),
                          number("Rate"),
                          agreementChecked()};
        if (const std::optional<OUString> refused = setup.refusal(choice)) {
            showMessage(context, frame, *refused);
            continue;
        }
        result = choice;
        break;
    }
    Reference<css::lang::XComponent>(window, UNO_QUERY_THROW)->dispose();
    return result;
}

} // namespace relance::ui
