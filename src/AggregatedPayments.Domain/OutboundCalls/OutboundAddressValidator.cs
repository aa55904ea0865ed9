using System.Net;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.OutboundCalls;

/// <summary>
/// Checks an outside address when it is saved (notify addresses, data sources, channel URLs), so a
/// mistake or an attempt shows at once, next to the field, as a <see cref="BusinessException"/> with an
/// <see cref="OutboundCallsErrorCodes"/> code. It reads the text only: a host name is resolved, and its
/// addresses checked, each time a connection is made (<see cref="OutboundAddressGuard"/>).
/// </summary>
public sealed class OutboundAddressValidator(OutboundAddressPolicy policy)
{
    private static readonly IPAddress[] LocalhostAddresses = [IPAddress.Loopback, IPAddress.IPv6Loopback];

    /// <summary>Returns the parsed URL.</summary>
    /// <exception cref="BusinessException">
    /// <see cref="OutboundCallsErrorCodes.InvalidAddress"/> or <see cref="OutboundCallsErrorCodes.AddressNotAllowed"/>.
    /// </exception>
    public Uri ValidateUrl(string? url)
    {
        // The text stays out of the error: it may carry a password in its user-info part.
        if (!OutboundUrl.TryParse(url, out var uri))
        {
            throw new BusinessException(OutboundCallsErrorCodes.InvalidAddress);
        }

        ValidateHost(OutboundUrl.HostOf(uri));
        return uri;
    }

    /// <summary>A bare host name or IP address, as structured fields give it (a merchant database's host).</summary>
    /// <exception cref="BusinessException">
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
                throw NotAllowed(text);
            }

            return;
        }

        if (!OutboundHost.TryNormalizeName(text, out var name))
        {
            throw new BusinessException(OutboundCallsErrorCodes.InvalidAddress);
        }

        if (OutboundHost.IsLocalhostName(name) && !LocalhostAddresses.Any(a => policy.IsAllowed(name, a)))
        {
            throw NotAllowed(text);
        }
    }

    private static BusinessException NotAllowed(string host) =>
        new BusinessException(OutboundCallsErrorCodes.AddressNotAllowed).WithData("host", host);
}
