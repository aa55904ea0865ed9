using System.Diagnostics.CodeAnalysis;
using System.Net;
using AggregatedPayments.Interception;

namespace AggregatedPayments.OutboundCalls;

/// <summary>
/// Decides whether a call may go to an address: public addresses always, internal ones only when an
/// administrator allowed the target — by the host name the caller used or by an IP range
/// (<c>OutboundCalls:AllowedTargets</c>). Unspecified, multicast and broadcast addresses never.
/// </summary>
public sealed class OutboundAddressPolicy
{
    private readonly IReadOnlyList<IpRange> _allowedRanges;
    private readonly IReadOnlySet<string> _allowedHosts;

    private OutboundAddressPolicy(IReadOnlyList<IpRange> allowedRanges, IReadOnlySet<string> allowedHosts)
    {
        _allowedRanges = allowedRanges;
        _allowedHosts = allowedHosts;
    }

    /// <summary>A policy that allows public addresses only.</summary>
    public static OutboundAddressPolicy PublicOnly { get; } = Create([]);

    /// <summary>Each target is a host name ("simulator.internal") or an address or CIDR range ("127.0.0.1", "10.20.0.0/16", "fd00::/8").</summary>
    public static OutboundAddressPolicy Create(IEnumerable<string> allowedTargets)
    {
        var ranges = new List<IpRange>();
        var hosts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in allowedTargets)
        {
            if (IpRange.TryParse(target, out var range))
            {
                ranges.Add(range);
            }
            else if (OutboundHost.TryNormalizeName(target, out var host))
            {
                hosts.Add(host);
            }
            else
            {
                throw new ArgumentException($"'{target}' is neither a host name nor an IP address or CIDR range.", nameof(allowedTargets));
            }
        }

        return new OutboundAddressPolicy(ranges, hosts);
    }

    /// <summary>Whether a target can be read as a host name or an IP range, for the options' validation.</summary>
    public static bool IsValidTarget([NotNullWhen(true)] string? target) =>
        IpRange.TryParse(target, out _) || OutboundHost.TryNormalizeName(target, out _);

    /// <summary>
    /// Whether an administrator named this target itself (a listed host name, or an address inside a listed
    /// range), for rules stricter than reachability: plain http to a notify address is accepted only then.
    /// </summary>
    public bool IsListed(string host)
    {
        var literal = OutboundHost.TryParseLiteral(host);
        if (literal is not null)
        {
            return _allowedRanges.Any(r => r.Contains(literal));
        }

        return OutboundHost.TryNormalizeName(host, out var name) && _allowedHosts.Contains(name);
    }

    /// <summary>Whether a connection to <paramref name="address"/>, which <paramref name="host"/> resolved to, may be made.</summary>
    public bool IsAllowed(string host, IPAddress address)
    {
        var category = OutboundAddressClassifier.Classify(address);
        if (category == OutboundAddressCategory.Public)
        {
            return true;
        }

        if (OutboundAddressClassifier.IsNeverAllowed(category))
        {
            return false;
        }

        if (OutboundHost.TryNormalizeName(host, out var name) && _allowedHosts.Contains(name))
        {
            return true;
        }

        var embedded = OutboundAddressClassifier.EmbeddedIpv4(address);
        return _allowedRanges.Any(r => r.Contains(address) || (embedded is not null && r.Contains(embedded)));
    }
}
