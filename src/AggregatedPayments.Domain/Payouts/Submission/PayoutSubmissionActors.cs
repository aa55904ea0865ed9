namespace AggregatedPayments.Payouts;

/// <summary>The actor names the engine writes into history rows.</summary>
public static class PayoutSubmissionActors
{
    public const string Send = "job:send";
    public const string Query = "job:query";
    public const string Failover = "job:failover";
    public const string Janitor = "job:janitor";
}
