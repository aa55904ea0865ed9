namespace AggregatedPayments.OutboundCalls;

/// <summary>What kind of network an IP address belongs to, as far as a call leaving the platform is concerned.</summary>
public enum OutboundAddressCategory
{
    /// <summary>A globally routable unicast address: the only kind called without an administrator's leave.</summary>
    Public,

    /// <summary>127.0.0.0/8 and ::1: this machine.</summary>
    Loopback,

    /// <summary>10/8, 172.16/12, 192.168/16, fc00::/7, the deprecated site-local fec0::/10 and local-use NAT64 64:ff9b:1::/48.</summary>
    Private,

    /// <summary>169.254/16 (the cloud metadata service 169.254.169.254 among them) and fe80::/10.</summary>
    LinkLocal,

    /// <summary>100.64/10, carrier-grade NAT: the provider's network, not the internet.</summary>
    SharedAddressSpace,

    /// <summary>0.0.0.0/8 and ::, "this host/network": connecting to 0.0.0.0 reaches this machine on Linux.</summary>
    Unspecified,

    /// <summary>224/4 and ff00::/8.</summary>
    Multicast,

    /// <summary>255.255.255.255.</summary>
    Broadcast,

    /// <summary>192.0.2/24, 198.51.100/24, 203.0.113/24, 2001:db8::/32 and 3fff::/20: never on the internet.</summary>
    Documentation,

    /// <summary>198.18/15, for network benchmarks: lab networks use it as a private range.</summary>
    Benchmarking,

    /// <summary>
    /// Everything else not globally routable: 240/4, 192.0.0/24, 192.88.99/24, 100::/64, 2001::/23 (Teredo
    /// among them) and IPv6 outside the global unicast block 2000::/3.
    /// </summary>
    Reserved
}
