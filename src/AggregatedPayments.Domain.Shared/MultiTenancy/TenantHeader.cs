namespace AggregatedPayments.MultiTenancy;

public static class TenantHeader
{
    /// <summary>The header a host user sends to act inside one merchant (ABP's name for it).</summary>
    public const string Name = "__tenant";
}
