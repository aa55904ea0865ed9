namespace AggregatedPayments.Payouts;

public static class PayoutPermissions
{
    public const string GroupName = "AggregatedPayments.Payouts";

    /// <summary>See the merchant's payouts: lists, details, attempts, history and postings.</summary>
    public const string View = GroupName + ".View";

    public const string Create = GroupName + ".Create";

    /// <summary>Query now, cancel, correct and re-initiate: each can move money or stop it.</summary>
    public const string Manage = GroupName + ".Manage";

    /// <summary>Clear a payout's manual-review flag, with a reason kept in its history.</summary>
    public const string ResolveReview = GroupName + ".ResolveReview";
}
