using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace AggregatedPayments.OutboundCalls;

/// <summary>
/// Resolves a host and keeps the addresses the policy allows. The caller connects to those addresses
/// and to no other, so that the name cannot resolve to something else between the check and the
/// connection (DNS rebinding). The HTTP clients do this in their connect callback; code that opens
/// other connections (a merchant's database) does it the same way.
/// </summary>
public sealed class OutboundAddressGuard(OutboundAddressPolicy policy, IOutboundDnsResolver resolver, ILogger<OutboundAddressGuard> logger)
{
    /// <exception cref="OutboundCallException"><see cref="OutboundCallsErrorCodes.AddressNotAllowed"/> when no address is allowed.</exception>
    /// <exception cref="SocketException">The host does not resolve.</exception>
    public async Task<IPAddress[]> ResolveAllowedAsync(string host, CancellationToken cancellationToken)
    {
        var addresses = await ResolveAsync(host, cancellationToken);
        var allowed = addresses.Where(a => policy.IsAllowed(host, a)).ToArray();
        if (allowed.Length == 0)
        {
            // The addresses go to the operators' log only; the exception names the host the caller gave.
            logger.LogWarning(
                "Outbound call to {Host} refused: it resolves only to addresses that are not allowed ({Addresses})",
                host, string.Join(", ", addresses.Select(a => $"{a} {OutboundAddressClassifier.Classify(a)}")));
            throw OutboundCallException.AddressNotAllowed(host);
        }

        return allowed;
    }

    /// <summary>Resolves without the policy: for the administrator's own proxy only.</summary>
    internal async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        var literal = OutboundHost.TryParseLiteral(host);
        var addresses = literal is not null ? [literal] : await resolver.ResolveAsync(host, cancellationToken);
        return addresses.Length > 0 ? addresses : throw new SocketException((int)SocketError.HostNotFound);
    }
}
