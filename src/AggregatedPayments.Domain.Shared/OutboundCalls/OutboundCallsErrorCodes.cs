namespace AggregatedPayments.OutboundCalls;

/// <summary>Why the outbound-call guard refused an address, or a call to it.</summary>
public static class OutboundCallsErrorCodes
{
    /// <summary>The host is, or resolves only to, an internal address that no administrator allowed.</summary>
    public const string AddressNotAllowed = "AP:OutboundCalls:AddressNotAllowed";

    /// <summary>Not an absolute http or https URL, or one carrying a user name or password.</summary>
    public const string InvalidAddress = "AP:OutboundCalls:InvalidAddress";

    /// <summary>The answer's body is longer than the configured cap.</summary>
    public const string ResponseTooLarge = "AP:OutboundCalls:ResponseTooLarge";
}
