using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Interception;

/// <summary>
/// An IP network in CIDR notation ("10.0.0.0/8", "2001:db8::/32"); a bare address is a single host.
/// Parsing is strict: <see cref="IPAddress.TryParse(string, out IPAddress)"/> alone would read "10" as
/// 0.0.0.10 and "010.1.1.1" as octal, and a range with host bits set ("10.0.0.1/8") is more likely a
/// typo than a wish, so both are refused. An IPv4-mapped IPv6 range (<c>::ffff:10.0.0.0/104</c>) is
/// stored as its IPv4 equivalent, which is what clients are matched as (<see cref="IpAddresses.Normalize"/>).
/// </summary>
public sealed partial class IpRange
{
    private const int MappedPrefixBits = 96;

    private readonly IPNetwork _network;

    private IpRange(IPNetwork network) => _network = network;

    public static IpRange Parse(string text) =>
        TryParse(text, out var range) ? range : throw new BusinessException(ErrorCodes.InvalidCidr).WithData("cidr", text);

    public static bool TryParse(string? text, [NotNullWhen(true)] out IpRange? range)
    {
        range = null;
        var parts = (text ?? "").Trim().Split('/');
        if (parts.Length > 2 || !TryParseAddress(parts[0], out var address))
        {
            return false;
        }

        var maxBits = address.AddressFamily == AddressFamily.InterNetwork ? 32 : 128;
        var prefix = maxBits;
        if (parts.Length == 2 && (!PrefixRegex().IsMatch(parts[1])
                                  || (prefix = int.Parse(parts[1], CultureInfo.InvariantCulture)) > maxBits))
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6 && prefix >= MappedPrefixBits)
        {
            address = address.MapToIPv4();
            prefix -= MappedPrefixBits;
        }

        if (!IPNetwork.TryParse($"{address}/{prefix}", out var network) || !network.BaseAddress.Equals(address))
        {
            return false;
        }

        range = new IpRange(network);
        return true;
    }

    public bool Contains(IPAddress? address)
    {
        var normalized = IpAddresses.Normalize(address);
        return normalized is not null
               && normalized.AddressFamily == _network.BaseAddress.AddressFamily
               && _network.Contains(normalized);
    }

    /// <summary>The canonical text, always with a prefix: "10.0.0.0/8", "2001:db8::/32", "192.0.2.1/32".</summary>
    public override string ToString() => _network.ToString();

    private static bool TryParseAddress(string text, [NotNullWhen(true)] out IPAddress? address)
    {
        address = null;
        if (text.Contains(':'))
        {
            // A zone id ("fe80::1%eth0") names an interface of this machine, not a network of clients.
            return !text.Contains('%') && IPAddress.TryParse(text, out address) && address.AddressFamily == AddressFamily.InterNetworkV6;
        }

        return Ipv4Regex().IsMatch(text) && IPAddress.TryParse(text, out address);
    }

    [GeneratedRegex("^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])(\\.(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])){3}$")]
    private static partial Regex Ipv4Regex();

    [GeneratedRegex("^(0|[1-9][0-9]{0,2})$")]
    private static partial Regex PrefixRegex();
}
