namespace AggregatedPayments.Payouts;

public static class PayoutBatchConsts
{
    /// <summary>A stored batch request's limit: room for the sandbox's 500 items, or WeChat's 1,000 compact ones.</summary>
    public const int MaxRequestBodyBytes = 1024 * 1024;
}
