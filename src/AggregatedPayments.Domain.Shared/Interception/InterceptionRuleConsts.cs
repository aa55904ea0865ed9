namespace AggregatedPayments.Interception;

public static class InterceptionRuleConsts
{
    public const int MaxNameLength = 128;
    public const int MaxPathPatternLength = 256;
    public const int MaxMethodsLength = 64;

    /// <summary>An IPv6 network in CIDR notation is at most 43 characters; room for a typo to be reported, not truncated.</summary>
    public const int MaxIpCidrLength = 64;

    public const int MaxApiClientIdLength = 64;
    public const int MaxPermitLimit = 1_000_000;

    /// <summary>One day: longer windows would keep counters in memory for too long to be useful.</summary>
    public const int MaxWindowSeconds = 86_400;

    /// <summary>Every method.</summary>
    public const string AnyMethod = "*";
}
