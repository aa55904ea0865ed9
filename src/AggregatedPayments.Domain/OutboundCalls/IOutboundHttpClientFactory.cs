namespace AggregatedPayments.OutboundCalls;

/// <summary>
/// The one way to get an <see cref="HttpClient"/> for an outside address (channel APIs, merchant
/// notifications, data sources, test connections, certificate downloads). Its calls connect only to
/// allowed addresses, checked on the resolved IP at connect time; never follow a redirect (a 3xx is
/// returned as it is); never use a proxy that was not configured; send no cookies. A refused address
/// or an answer beyond the size cap throws <see cref="OutboundCallException"/> (an
/// <see cref="HttpRequestException"/> with a code); a call beyond its time ends as HttpClient's own
/// timeout does (<see cref="OutboundCallTimeout"/>).
/// </summary>
public interface IOutboundHttpClientFactory
{
    /// <param name="purpose">
    /// Names the kind of call ("MerchantNotification", "ChannelApi"); limits may be set per purpose under
    /// <c>OutboundCalls:Purposes:&lt;purpose&gt;</c>. The client is cheap: create one per use or keep it.
    /// </param>
    HttpClient CreateClient(string purpose);
}
