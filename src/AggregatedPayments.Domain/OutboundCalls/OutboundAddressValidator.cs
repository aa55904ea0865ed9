using System.Net;

namespace AggregatedPayments.OutboundCalls;

/// <summary>
/// Checks an outside address when it is saved (notify addresses, data sources, channel URLs), so a
/// mistake or an attempt shows at once, next to the field. It reads the text only: a host name is
/// resolved, and its addresses checked, each time a connection is made (<see cref="OutboundAddressGuard"/>).
/// </summary>
public sealed class OutboundAddressValidator(OutboundAddressPolicy policy)
{
    private static readonly IPAddress[] LocalhostAddresses = [IPAddress.Loopback, IPAddress.IPv6Loopback];

    /// <summary>Returns the parsed URL.</summary>
    /// <exception cref="OutboundCallException">
    /// <see cref="OutboundCallsErrorCodes.InvalidAddress"/> or <see cref="OutboundCallsErrorCodes.AddressNotAllowed"/>.
    /// </exception>
    public Uri ValidateUrl(string? url)
    {
        var uri = OutboundUrl.Parse(url);
        ValidateHost(OutboundUrl.HostOf(uri));
        return uri;
    }

    /// <summary>A bare host name or IP address, as structured fields give it (a merchant database's host).</summary>
    /// <exception cref="OutboundCallException">
    /// <see cref="OutboundCallsErrorCodes.InvalidAddress"/> or <see cref="OutboundCallsErrorCodes.AddressNotAllowed"/>.
    /// </exception>
    public void ValidateHost(string? host)
    {
        var text = host?.Trim() ?? "";
        var literal = text.Length == 0 ? null : OutboundHost.TryParseLiteral(text);
        if (literal is not null)
        {
            if (!policy.IsAllowed(text, literal))
            {
                throw OutboundCallException.AddressNotAllowed(text);
            }

            return;
        }

        if (!OutboundHost.TryNormalizeName(text, out var name))
        {
            throw OutboundCallException.InvalidAddress();
        }

        if (OutboundHost.IsLocalhostName(name) && !LocalhostAddresses.Any(a => policy.IsAllowed(name, a)))
        {
            throw OutboundCallException.AddressNotAllowed(text);
        }
    }
}
