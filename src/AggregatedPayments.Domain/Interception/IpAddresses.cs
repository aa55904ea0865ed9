using System.Net;
using System.Net.Sockets;

namespace AggregatedPayments.Interception;

public static class IpAddresses
{
    /// <summary>
    /// A dual-stack socket reports an IPv4 client as <c>::ffff:a.b.c.d</c>; rules, counters and the
    /// audit log see the plain IPv4 address, so "10.0.0.0/8" matches it whatever the socket was.
    /// </summary>
    public static IPAddress? Normalize(IPAddress? address) =>
        address is { IsIPv4MappedToIPv6: true } ? address.MapToIPv4() : address;

    /// <summary>
    /// Whom a rate limit counts: the IPv4 address, or the IPv6 /64, since one IPv6 client usually
    /// holds a whole /64 and could otherwise rotate addresses to escape the limit.
    /// </summary>
    public static string ClientKey(IPAddress? address)
    {
        var normalized = Normalize(address);
        if (normalized is null)
        {
            return "unknown";
        }

        if (normalized.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return normalized.ToString();
        }

        var bytes = normalized.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
