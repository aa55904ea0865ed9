using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;

namespace AggregatedPayments.OutboundCalls;

/// <summary>Host names and IP literals as the guard compares them.</summary>
public static class OutboundHost
{
    private static readonly IdnMapping Idn = new();

    /// <summary>
    /// A host name in the form DNS resolves it: ASCII (punycode), lower case, without the final dot.
    /// False for IP literals and for anything that is not a host name.
    /// </summary>
    public static bool TryNormalizeName(string? host, [NotNullWhen(true)] out string? name)
    {
        name = null;
        var text = (host ?? "").Trim().TrimEnd('.');
        if (text.Length == 0 || Uri.CheckHostName(text) != UriHostNameType.Dns)
        {
            return false;
        }

        try
        {
            name = Idn.GetAscii(text).ToLowerInvariant();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// The IP address a host stands for literally, as resolvers read it ("[::1]", "127.1" and "0x7f.0.0.1"
    /// included, since the resolver would connect to them too), or null for a host name.
    /// </summary>
    public static IPAddress? TryParseLiteral(string host)
    {
        var text = host.Trim();
        if (text.StartsWith('[') && text.EndsWith(']'))
        {
            text = text[1..^1];
        }

        return IPAddress.TryParse(text, out var address) ? address : null;
    }

    /// <summary>"localhost" and its subdomains always name this machine (RFC 6761), whatever DNS says.</summary>
    public static bool IsLocalhostName(string name) =>
        name == "localhost" || name.EndsWith(".localhost", StringComparison.Ordinal);
}
