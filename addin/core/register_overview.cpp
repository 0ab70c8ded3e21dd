#include "core/register_overview.hpp"

#include "core/aging.hpp"
#include "core/days_late.hpp"
#include "core/error.hpp"
#include "core/reminder_plan.hpp"
#include "core/text_folding.hpp"

#include <algorithm>
#include <unordered_map>

namespace relance {

namespace {

void add(AmountCount& total, Money amount)
{
    total.amount += amount;
    ++total.count;
}

/// Which bucket of agingBucketLabels() a debt `late` days late falls in:
/// 0 for not late, then one per bound, then the open-ended one. Counted here
/// rather than by comparing agingBucket()'s label, which would build a string
/// per invoice of a 200,000-row register; the test checks both agree.
std::size_t bucketIndex(long late, const AgingBounds& bounds)
{
    if (late <= 0)
        return 0;
    const auto& days = bounds.days();
    return 1 + static_cast<std::size_t>(std::lower_bound(days.begin(), days.end(), late) - days.begin());
}

/// Overdue invoices grouped by client, in order of the clients' first
/// overdue row.
class ClientGroups {
public:
    explicit ClientGroups(int digits) : digits_(digits) {}

    void add(const InvoiceRecord& invoice, Money outstanding, long late)
    {
        Group& group = groupOf(trimmedText(invoice.client));
        group.client.overdue += outstanding;
        ++group.client.overdueCount;
        group.client.rows.push_back(invoice.row);
        group.weightedDays += static_cast<long double>(outstanding.minorUnits()) * late;
    }

    std::vector<ClientOverdue> clients() const
    {
        std::vector<ClientOverdue> result;
        result.reserve(groups_.size());
        for (const Group& group : groups_) {
            ClientOverdue client = group.client;
            const auto weight = static_cast<long double>(client.overdue.minorUnits());
            client.averageDaysLate = weight > 0 ? static_cast<double>(group.weightedDays / weight) : 0.0;
            result.push_back(std::move(client));
        }
        return result;
    }

private:
    struct Group {
        ClientOverdue client;
        long double weightedDays = 0;
    };

    Group& groupOf(std::string_view name)
    {
        // A name folds to one or two keys (umlauts both ways): two names
        // sharing a key are one client, as foldedEqual says.
        const std::vector<std::string> keys = foldedKeys(name);
        for (const std::string& key : keys)
            if (const auto found = index_.find(key); found != index_.end())
                return groups_[found->second];
        for (const std::string& key : keys)
            index_.emplace(key, groups_.size());
        Group group;
        group.client.client = std::string(name);
        group.client.overdue = Money::fromMinorUnits(0, digits_);
        groups_.push_back(std::move(group));
        return groups_.back();
    }

    int digits_;
    std::vector<Group> groups_;
    std::unordered_map<std::string, std::size_t> index_;
};

template <typename Key>
std::vector<ClientOverdue> ranked(std::vector<ClientOverdue> clients, Key key)
{
    std::stable_sort(clients.begin(), clients.end(),
                     [&key](const ClientOverdue& a, const ClientOverdue& b) { return key(b) < key(a); });
    return clients;
}

} // namespace

RegisterOverview registerOverview(const std::vector<InvoiceRecord>& records, Date asOf, int currencyDigits)
{
    checkCurrencyDigits(currencyDigits);
    const Money zero = Money::fromMinorUnits(0, currencyDigits);
    const AmountCount none{zero, 0};
    const AgingBounds bounds = AgingBounds::standard();

    RegisterOverview overview;
    overview.asOf = asOf;
    overview.open = overview.overdue = overview.disputed = overview.planCovered = none;
    for (std::string& label : agingBucketLabels(bounds))
        overview.aging.push_back({std::move(label), none});

    const Date periodStart = asOf - boost::gregorian::days(dsoPeriodDays - 1);
    Money invoiced = zero;
    ClientGroups clients(currencyDigits);
    for (const InvoiceRecord& invoice : records) {
        // Money's sum refuses amounts in other digits: a mixed register is an error, not a total.
        if (invoice.issueDate && *invoice.issueDate >= periodStart && *invoice.issueDate <= asOf)
            invoiced += invoice.amountInclTax;
        const Money outstanding = invoice.outstanding();
        const std::optional<LeftOutReason> reason = leftOutReason(invoice.status);
        if (outstanding.isZero() || reason == LeftOutReason::StatusPaid)
            continue; // not open
        add(overview.open, outstanding);
        if (reason == LeftOutReason::Disputed) {
            add(overview.disputed, outstanding);
            continue;
        }
        if (reason == LeftOutReason::PaymentPlan) {
            add(overview.planCovered, outstanding);
            continue;
        }
        const long late = daysLate(invoice.dueDate, asOf);
        add(overview.aging[bucketIndex(late, bounds)].total, outstanding);
        if (late > 0) {
            add(overview.overdue, outstanding);
            clients.add(invoice, outstanding, late);
        }
    }
    if (!invoiced.isZero())
        overview.dsoDays = static_cast<double>(overview.open.amount.minorUnits()) /
                           static_cast<double>(invoiced.minorUnits()) * static_cast<double>(dsoPeriodDays);

    std::vector<ClientOverdue> bad = clients.clients();
    overview.clientsByOverdue = ranked(bad, [](const ClientOverdue& c) { return c.overdue; });
    overview.clientsByDaysLate = ranked(std::move(bad), [](const ClientOverdue& c) { return c.averageDaysLate; });
    return overview;
}

} // namespace relance
