using System.Net;
using System.Net.Sockets;

namespace AggregatedPayments.OutboundCalls;

/// <summary>
/// Classifies an IP address by the special-purpose ranges of the IANA registries (RFC 6890 and successors).
/// An IPv6 address that carries an IPv4 address and delivers to it — mapped, compatible, NAT64
/// 64:ff9b::/96, 6to4 2002::/16 — is classified as that IPv4 address, so ::ffff:10.0.0.1 is private.
/// </summary>
public static class OutboundAddressClassifier
{
    // Order matters where ranges nest: 255.255.255.255 sits inside 240/4.
    private static readonly (IPNetwork Network, OutboundAddressCategory Category)[] Ipv4Ranges =
    [
        (IPNetwork.Parse("0.0.0.0/8"), OutboundAddressCategory.Unspecified),
        (IPNetwork.Parse("10.0.0.0/8"), OutboundAddressCategory.Private),
        (IPNetwork.Parse("100.64.0.0/10"), OutboundAddressCategory.SharedAddressSpace),
        (IPNetwork.Parse("127.0.0.0/8"), OutboundAddressCategory.Loopback),
        (IPNetwork.Parse("169.254.0.0/16"), OutboundAddressCategory.LinkLocal),
        (IPNetwork.Parse("172.16.0.0/12"), OutboundAddressCategory.Private),
        (IPNetwork.Parse("192.0.0.0/24"), OutboundAddressCategory.Reserved),
        (IPNetwork.Parse("192.0.2.0/24"), OutboundAddressCategory.Documentation),
        (IPNetwork.Parse("192.88.99.0/24"), OutboundAddressCategory.Reserved),
        (IPNetwork.Parse("192.168.0.0/16"), OutboundAddressCategory.Private),
        (IPNetwork.Parse("198.18.0.0/15"), OutboundAddressCategory.Benchmarking),
        (IPNetwork.Parse("198.51.100.0/24"), OutboundAddressCategory.Documentation),
        (IPNetwork.Parse("203.0.113.0/24"), OutboundAddressCategory.Documentation),
        (IPNetwork.Parse("224.0.0.0/4"), OutboundAddressCategory.Multicast),
        (IPNetwork.Parse("255.255.255.255/32"), OutboundAddressCategory.Broadcast),
        (IPNetwork.Parse("240.0.0.0/4"), OutboundAddressCategory.Reserved)
    ];

    private static readonly (IPNetwork Network, OutboundAddressCategory Category)[] Ipv6Ranges =
    [
        (IPNetwork.Parse("::/128"), OutboundAddressCategory.Unspecified),
        (IPNetwork.Parse("::1/128"), OutboundAddressCategory.Loopback),
        (IPNetwork.Parse("64:ff9b:1::/48"), OutboundAddressCategory.Private),
        (IPNetwork.Parse("100::/64"), OutboundAddressCategory.Reserved),
        (IPNetwork.Parse("2001::/23"), OutboundAddressCategory.Reserved),
        (IPNetwork.Parse("2001:db8::/32"), OutboundAddressCategory.Documentation),
        (IPNetwork.Parse("3fff::/20"), OutboundAddressCategory.Documentation),
        (IPNetwork.Parse("fc00::/7"), OutboundAddressCategory.Private),
        (IPNetwork.Parse("fec0::/10"), OutboundAddressCategory.Private),
        (IPNetwork.Parse("fe80::/10"), OutboundAddressCategory.LinkLocal),
        (IPNetwork.Parse("ff00::/8"), OutboundAddressCategory.Multicast)
    ];

    private static readonly IPNetwork Ipv4Compatible = IPNetwork.Parse("::/96");

    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");

    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    private static readonly IPNetwork GlobalUnicast = IPNetwork.Parse("2000::/3");

    public static OutboundAddressCategory Classify(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return Find(Ipv4Ranges, address) ?? OutboundAddressCategory.Public;
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return OutboundAddressCategory.Reserved;
        }

        // :: and ::1 lie inside the IPv4-compatible block but are not IPv4 addresses.
        var exact = Find(Ipv6Ranges.AsSpan(0, 2), address);
        if (exact is not null)
        {
            return exact.Value;
        }

        var embedded = EmbeddedIpv4(address);
        if (embedded is not null)
        {
            return Classify(embedded);
        }

        return Find(Ipv6Ranges, address)
               ?? (GlobalUnicast.Contains(address) ? OutboundAddressCategory.Public : OutboundAddressCategory.Reserved);
    }

    /// <summary>
    /// The IPv4 address that an IPv6 address carries and delivers to, or null: IPv4-mapped ::ffff:0:0/96,
    /// IPv4-compatible ::/96, the well-known NAT64 prefix 64:ff9b::/96 and 6to4 2002::/16 (bits 16 to 47).
    /// </summary>
    public static IPAddress? EmbeddedIpv4(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        var bytes = address.GetAddressBytes();
        if (Ipv4Compatible.Contains(address) || Nat64.Contains(address))
        {
            return new IPAddress(bytes.AsSpan(12, 4));
        }

        return SixToFour.Contains(address) ? new IPAddress(bytes.AsSpan(2, 4)) : null;
    }

    /// <summary>Unspecified, multicast and broadcast addresses are no destination for a call, whatever an administrator allows.</summary>
    public static bool IsNeverAllowed(OutboundAddressCategory category) =>
        category is OutboundAddressCategory.Unspecified or OutboundAddressCategory.Multicast or OutboundAddressCategory.Broadcast;

    private static OutboundAddressCategory? Find(ReadOnlySpan<(IPNetwork Network, OutboundAddressCategory Category)> ranges, IPAddress address)
    {
        foreach (var (network, category) in ranges)
        {
            if (network.Contains(address))
            {
                return category;
            }
        }

        return null;
    }
}
