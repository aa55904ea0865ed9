using System.Diagnostics.CodeAnalysis;

namespace AggregatedPayments.OutboundCalls;

/// <summary>The shape every outside address must have: absolute, http or https, a host, no user name or password.</summary>
public static class OutboundUrl
{
    public static bool TryParse(string? text, [NotNullWhen(true)] out Uri? uri) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out uri) && HasValidShape(uri);

    /// <summary>Credentials in the URL would be sent to whoever the host turns out to be, and logged with the URL.</summary>
    public static bool HasValidShape([NotNullWhen(true)] Uri? uri) =>
        uri is { IsAbsoluteUri: true }
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.UserInfo.Length == 0
        && uri.Host.Length > 0;

    /// <summary>The host as resolvers and the connection see it: punycode for names, the bare literal for addresses.</summary>
    public static string HostOf(Uri uri) => uri.HostNameType == UriHostNameType.Dns ? uri.IdnHost : uri.Host.Trim('[', ']');
}
