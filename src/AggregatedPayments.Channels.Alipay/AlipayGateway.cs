namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// How a signed request goes on the wire: POST to the gateway with <c>?charset=utf-8</c> in the
/// address (the gateway reads the charset there before it decodes the body) and every parameter
/// in a form body.
/// </summary>
public static class AlipayGateway
{
    public static readonly Uri Production = new("https://openapi.alipay.com/gateway.do");

    public const string FormContentType = "application/x-www-form-urlencoded;charset=utf-8";

    public static Uri RequestUri(Uri gateway)
    {
        ArgumentNullException.ThrowIfNull(gateway);
        if (!IsAbsoluteHttp(gateway))
        {
            throw new ArgumentException("The gateway must be an absolute http(s) address.", nameof(gateway));
        }

        if (!string.IsNullOrEmpty(gateway.Query))
        {
            throw new ArgumentException("The gateway address must not carry a query; the charset is added here.", nameof(gateway));
        }

        return new UriBuilder(gateway) { Query = AlipayParameterNames.Charset + "=" + AlipayCharset.Name }.Uri;
    }

    internal static bool IsAbsoluteHttp(Uri address) =>
        address.IsAbsoluteUri && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp);
}
