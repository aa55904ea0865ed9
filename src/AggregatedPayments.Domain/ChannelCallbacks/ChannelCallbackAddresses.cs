using Microsoft.Extensions.Options;

namespace AggregatedPayments.ChannelCallbacks;

/// <summary>
/// The callback address of each merchant channel: what the operator enters in the provider's console
/// and what a payout request names as its notify address. The merchant channel in the path is what
/// scopes a callback's key, so one merchant's callbacks can never settle another's payouts.
/// </summary>
public sealed class ChannelCallbackAddresses(IOptions<ChannelCallbackOptions> options)
{
    public const string PathPrefix = "api/channel-callbacks/";

    private readonly Uri _base = Parse(options.Value.PublicBaseUrl);

    public Uri For(Guid merchantChannelId) => new(_base, PathPrefix + merchantChannelId.ToString("D"));

    private static Uri Parse(string value)
    {
        if (!Uri.TryCreate(value.EndsWith('/') ? value : value + "/", UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"{ChannelCallbackOptions.Section}:PublicBaseUrl must be an absolute http(s) address, not '{value}'.");
        }

        return uri;
    }
}
