namespace AggregatedPayments.Interception;

/// <summary>A rule with its patterns parsed once, evaluated on every request.</summary>
public sealed record CompiledInterceptionRule(
    Guid Id,
    int Order,
    InterceptionAction Action,
    PathPattern Path,
    MethodSet Methods,
    IpRange? IpRange,
    Guid? TenantId,
    string? ApiClientId,
    int PermitLimit,
    TimeSpan Window)
{
    public bool Matches(InterceptionRequest request) =>
        Methods.Matches(request.Method)
        && Path.IsMatch(request.Path)
        && (IpRange is null || IpRange.Contains(request.RemoteIp))
        && (TenantId is null || TenantId == request.TenantId)
        && (ApiClientId is null || string.Equals(ApiClientId, request.ApiClientId, StringComparison.Ordinal));

    /// <summary>
    /// Whose requests share one count: a rule aimed at a merchant or an API client limits that target
    /// as a whole (all its requests match the same rule), any other rule limits each client address.
    /// </summary>
    public string RateLimitKey(InterceptionRequest request) =>
        TenantId is not null || ApiClientId is not null ? "target" : "ip:" + IpAddresses.ClientKey(request.RemoteIp);
}
