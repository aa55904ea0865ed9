namespace AggregatedPayments.Demo;

/// <summary>What the demo seed made, counted as the platform administrator and the demo's admin see it.</summary>
public sealed record DemoState(
    long SandboxChannels,
    long DemoMerchants,
    long MerchantChannels,
    long Users,
    long Roles,
    long DataSources,
    long LedgerPostings,
    long AvailableMinor);
