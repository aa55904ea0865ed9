namespace AggregatedPayments.OutboundCalls;

/// <summary>The shape every outside address must have: absolute, http or https, a host, no user name or password.</summary>
public static class OutboundUrl
{
    /// <exception cref="OutboundCallException"><see cref="OutboundCallsErrorCodes.InvalidAddress"/>.</exception>
    public static Uri Parse(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) ? Check(uri) : throw OutboundCallException.InvalidAddress();

    /// <exception cref="OutboundCallException"><see cref="OutboundCallsErrorCodes.InvalidAddress"/>.</exception>
    public static Uri Check(Uri? uri)
    {
        // Credentials in the URL would be sent to whoever the host turns out to be, and logged with the URL.
        if (uri is not { IsAbsoluteUri: true }
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.UserInfo.Length > 0
            || uri.Host.Length == 0)
        {
            throw OutboundCallException.InvalidAddress();
        }

        return uri;
    }

    /// <summary>The host as resolvers and the connection see it: punycode for names, the bare literal for addresses.</summary>
    public static string HostOf(Uri uri) => uri.HostNameType == UriHostNameType.Dns ? uri.IdnHost : uri.Host.Trim('[', ']');
}
