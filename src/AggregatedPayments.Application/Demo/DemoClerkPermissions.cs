using AggregatedPayments.Channels;
using AggregatedPayments.Ledger;
using AggregatedPayments.Notifications;
using AggregatedPayments.Payouts;
using AggregatedPayments.Payroll;
using AggregatedPayments.Withdrawals;

namespace AggregatedPayments.Demo;

/// <summary>
/// A finance clerk's day without the administrator's rights (users, roles, settings, parameters): the payroll
/// and payouts, approving another user's orders, notifications, the balance and the channels open to the merchant, and withdrawals, where registering
/// a card is the clerk's and confirming it the administrator's.
/// </summary>
public static class DemoClerkPermissions
{
    public static readonly IReadOnlyList<string> All =
    [
        PayrollPermissions.View, PayrollPermissions.Create, PayrollPermissions.Upload, PayrollPermissions.Pull,
        PayrollPermissions.Submit, PayrollPermissions.Discard,
        PayoutPermissions.View, PayoutPermissions.Create, PayoutPermissions.Manage,
        PayoutApprovalPermissions.View, PayoutApprovalPermissions.Approve,
        NotificationPermissions.View,
        LedgerPermissions.View, ChannelPermissions.MyChannels,
        WithdrawalPermissions.View, WithdrawalPermissions.ManageCard, WithdrawalPermissions.Create
    ];
}
