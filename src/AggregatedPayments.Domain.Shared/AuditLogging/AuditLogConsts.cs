namespace AggregatedPayments.AuditLogging;

public static class AuditLogConsts
{
    public const int MaxUserNameLength = 64;

    /// <summary>The longest textual IPv6 address (an IPv4-mapped one with all groups written out).</summary>
    public const int MaxClientIpLength = 45;

    public const int MaxHttpMethodLength = 16;
    public const int MaxUrlLength = 512;
    public const int MaxErrorCodeLength = 128;
    public const int MaxErrorMessageLength = 1024;
    public const int MaxCorrelationIdLength = 64;
    public const int MaxEntityTypeLength = 128;
    public const int MaxEntityIdLength = 128;

    /// <summary>The changed properties as JSON; a larger change keeps the property names and drops the values.</summary>
    public const int MaxPropertyChangesLength = 4000;

    /// <summary>What a secret, an account number or a hash is written as, old and new alike.</summary>
    public const string RedactedValue = "***";
}
