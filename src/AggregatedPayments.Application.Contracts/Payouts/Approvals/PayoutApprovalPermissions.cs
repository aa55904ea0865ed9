namespace AggregatedPayments.Payouts;

public static class PayoutApprovalPermissions
{
    public const string GroupName = "AggregatedPayments.PayoutApprovals";

    /// <summary>See the approval queue and past decisions.</summary>
    public const string View = GroupName + ".View";

    /// <summary>Approve or reject a payout another user asked for (never one's own, whatever the grants).</summary>
    public const string Approve = GroupName + ".Approve";
}
