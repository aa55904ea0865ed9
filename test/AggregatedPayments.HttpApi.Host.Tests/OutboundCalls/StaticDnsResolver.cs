using System.Net;
using System.Net.Sockets;

namespace AggregatedPayments.OutboundCalls;

/// <summary>DNS as a test wants it: a name answers what the test says, whatever real DNS would, as a rebinding attacker's server would.</summary>
public sealed class StaticDnsResolver(IReadOnlyDictionary<string, string[]> answers) : IOutboundDnsResolver
{
    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        answers.TryGetValue(host, out var addresses)
            ? Task.FromResult(addresses.Select(IPAddress.Parse).ToArray())
            : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
}
