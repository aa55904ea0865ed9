namespace AggregatedPayments.OutboundCalls;

/// <summary>Bound from the "OutboundCalls" section; checked at start by <see cref="OutboundCallOptionsValidator"/>.</summary>
public sealed class OutboundCallOptions
{
    public const string SectionName = "OutboundCalls";

    /// <summary>
    /// Internal targets an administrator allows: host names ("simulator.internal") and addresses or CIDR
    /// ranges ("127.0.0.1", "10.20.0.0/16", "fd00::/8"). Empty by default: public addresses only.
    /// </summary>
    public IList<string> AllowedTargets { get; set; } = [];

    /// <summary>An answer whose body is longer fails, whether announced by Content-Length or streamed.</summary>
    public long MaxResponseBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>From sending the request to the last byte of the answer read.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Resolving the host, opening the connection and the TLS handshake.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// An http proxy URL that every call goes through; none by default, and never one from environment
    /// variables. The proxy is trusted as the administrator's own; the target's addresses are checked
    /// before each request, but the proxy resolves the name again itself, so give it its own egress rules.
    /// </summary>
    public string? Proxy { get; set; }

    /// <summary>Larger or longer limits for one purpose (a statement download) than for the others.</summary>
    public IDictionary<string, OutboundCallLimitOverride> Purposes { get; set; } =
        new Dictionary<string, OutboundCallLimitOverride>(StringComparer.OrdinalIgnoreCase);

    public OutboundCallLimits LimitsFor(string purpose)
    {
        var custom = Purposes.TryGetValue(purpose, out var found) ? found : null;
        return new OutboundCallLimits(custom?.MaxResponseBytes ?? MaxResponseBytes, custom?.Timeout ?? Timeout);
    }
}
