#pragma once
// The register at a glance, as of a date: what the sidebar's Overview panel
// and the silent vnd.relance:Overview command show.
//
// Which invoices count where (the reminder plan's rules, reminder_plan.hpp):
//  - open: something is still outstanding (incl. tax − paid > 0) and the
//    status does not say paid. openTotal is every open invoice's outstanding
//    amount, disputed and plan-covered ones included.
//  - disputed / plan-covered: open invoices whose status is disputed / under
//    a payment plan (leftOutReason). They are kept apart: they are in
//    openTotal, in no aging bucket, not overdue, and rank no client.
//  - claimable: the other open invoices. The aging buckets split them by
//    days late (daysLate, no grace: the overview shows the debt as it is),
//    with the bounds of AGINGBUCKET (aging.hpp, standard 30;60;90): "0" (not
//    yet due), "1-30", "31-60", "61-90", "91+". So
//        openTotal = Σ buckets + disputedTotal + planTotal.
//  - overdue: claimable invoices at least one day late (every bucket but
//    "0").
//
// DSO (days sales outstanding), the standard "period" method over 90 days:
//     DSO = openTotal / invoiced × 90
// where `invoiced` is the amount incl. tax of every invoice (whatever its
// status, paid ones included) issued in the 90 days that end on the as-of
// date (asOf − 89 … asOf). Invoices without an issue date are left out of
// `invoiced`; nullopt when nothing was invoiced in those 90 days (a register
// without an issue-date column, or an old one).
//
// Clients are compared as the payment-plan command compares them (trimmed,
// folded: "Garage Fontaine" = "GARAGE FONTAINE "), and named as on their
// first invoice.
#include "core/invoice_record.hpp"

#include <optional>
#include <string>
#include <vector>

namespace relance {

/// Days of the DSO period.
constexpr long dsoPeriodDays = 90;

struct AmountCount {
    Money amount = Money::fromMinorUnits(0, 2);
    int count = 0;
};

struct AgingBucketTotal {
    std::string label; ///< agingBucketLabels(): "0", "1-30", "31-60", "61-90", "91+"
    AmountCount total;
};

/// A client with overdue invoices: a bad payer.
struct ClientOverdue {
    std::string client;            ///< trimmed, spelt as on its first overdue invoice
    Money overdue = Money::fromMinorUnits(0, 2);
    int overdueCount = 0;
    /// Σ(outstanding × days late) / Σ outstanding over its overdue invoices.
    double averageDaysLate = 0;
    std::vector<int> rows;         ///< 0-based sheet rows of its overdue invoices, in sheet order
};

struct RegisterOverview {
    Date asOf;
    AmountCount open;
    AmountCount overdue;
    std::vector<AgingBucketTotal> aging; ///< in label order, "0" first
    std::optional<double> dsoDays;
    std::vector<ClientOverdue> clientsByOverdue;  ///< overdue amount, largest first
    std::vector<ClientOverdue> clientsByDaysLate; ///< average days late, longest first
    AmountCount disputed;
    AmountCount planCovered;
};

/// The overview of `records` (a register's rows, all in `currencyDigits`)
/// as of `asOf`. Ties in a ranking keep sheet order (the client's first
/// overdue row). Throws InvalidArgument for currency digits outside 0..4 or
/// records in other digits.
RegisterOverview registerOverview(const std::vector<InvoiceRecord>& records, Date asOf, int currencyDigits = 2);

} // namespace relance
