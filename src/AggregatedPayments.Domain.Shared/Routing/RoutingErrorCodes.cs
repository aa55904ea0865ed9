namespace AggregatedPayments.Routing;

public static class RoutingErrorCodes
{
    /// <summary>None of the merchant's channels can take the payout now; the data says why for each.</summary>
    public const string NoEligibleChannel = "AP:Routing:NoEligibleChannel";
}
