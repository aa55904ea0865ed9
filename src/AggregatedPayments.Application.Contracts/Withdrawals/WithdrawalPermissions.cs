namespace AggregatedPayments.Withdrawals;

public static class WithdrawalPermissions
{
    public const string GroupName = "AggregatedPayments.Withdrawals";

    /// <summary>See withdrawals and the registered cards (masked).</summary>
    public const string View = GroupName + ".View";

    /// <summary>Ask to register or change a merchant channel's card; it waits for another user's confirmation.</summary>
    public const string ManageCard = GroupName + ".ManageCard";

    /// <summary>Confirm or reject a card another user asked for (never one's own, whatever the grants).</summary>
    public const string ConfirmCard = GroupName + ".ConfirmCard";

    /// <summary>Withdraw available balance to the confirmed card.</summary>
    public const string Create = GroupName + ".Create";
}
