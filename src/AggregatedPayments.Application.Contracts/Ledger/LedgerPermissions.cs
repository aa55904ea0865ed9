namespace AggregatedPayments.Ledger;

public static class LedgerPermissions
{
    public const string GroupName = "AggregatedPayments.Ledger";

    /// <summary>Read the merchant's balances and postings per merchant channel.</summary>
    public const string View = GroupName + ".View";

    /// <summary>Ask a provider for the balance now and post the difference as an adjustment.</summary>
    public const string Sync = View + ".Sync";
}
