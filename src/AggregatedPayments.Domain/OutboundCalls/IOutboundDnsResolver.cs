using System.Net;

namespace AggregatedPayments.OutboundCalls;

/// <summary>Resolves host names for the guard; a seam so that tests can stand in for DNS, rebinding included.</summary>
public interface IOutboundDnsResolver
{
    Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken);
}
