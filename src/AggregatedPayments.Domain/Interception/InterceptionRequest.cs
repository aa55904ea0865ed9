using System.Net;

namespace AggregatedPayments.Interception;

/// <summary>What the rules look at, in normal form: the path normalized, the address unmapped from IPv6.</summary>
public sealed record InterceptionRequest
{
    private InterceptionRequest(string path, string method, IPAddress? remoteIp, Guid? tenantId, string? apiClientId)
    {
        Path = path;
        Method = method;
        RemoteIp = remoteIp;
        TenantId = tenantId;
        ApiClientId = apiClientId;
    }

    public string Path { get; }

    public string Method { get; }

    public IPAddress? RemoteIp { get; }

    /// <summary>The merchant the request acts in; null for the platform and for anonymous requests.</summary>
    public Guid? TenantId { get; }

    public string? ApiClientId { get; }

    public static InterceptionRequest Create(string? path, string method, IPAddress? remoteIp, Guid? tenantId, string? apiClientId) =>
        new(Interception.PathPattern.NormalizePath(path), method.ToUpperInvariant(), IpAddresses.Normalize(remoteIp), tenantId,
            string.IsNullOrWhiteSpace(apiClientId) ? null : apiClientId.Trim());
}
