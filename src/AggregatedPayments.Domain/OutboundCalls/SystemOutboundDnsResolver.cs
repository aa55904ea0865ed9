using System.Net;

namespace AggregatedPayments.OutboundCalls;

/// <summary>The operating system's resolver, asked afresh for every connection.</summary>
public sealed class SystemOutboundDnsResolver : IOutboundDnsResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        Dns.GetHostAddressesAsync(host, cancellationToken);
}
