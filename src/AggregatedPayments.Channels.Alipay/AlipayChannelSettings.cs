using System.Security.Cryptography;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// The channel parameters of one call, read and checked once; a missing or malformed value is a
/// <see cref="ChannelConfigurationException"/> raised before anything is sent.
/// </summary>
internal sealed class AlipayChannelSettings
{
    /// <summary>
    /// Alipay retries a notification over about a day, and an unverified one only costs us a query,
    /// so the default is generous enough not to refuse retries of a message delayed in transit.
    /// </summary>
    private const int DefaultNotificationWindowSeconds = 600;

    private readonly ChannelParameters parameters;

    private AlipayChannelSettings(ChannelParameters parameters)
    {
        this.parameters = parameters;
        AppId = parameters.Get(AlipayChannelParameters.AppId);
        if (!AppId.All(char.IsAsciiDigit))
        {
            throw new ChannelConfigurationException("The Alipay app id consists of digits only.");
        }

        ProductCode = parameters.Get(AlipayChannelParameters.ProductCode);
        if (!AlipayProductCodes.IsKnown(ProductCode))
        {
            throw new ChannelConfigurationException(
                $"The Alipay product code must be {AlipayProductCodes.ToAccount} or {AlipayProductCodes.ToBankCard}.");
        }

        AppAuthToken = parameters.GetOrNull(AlipayChannelParameters.AppAuthToken);
        Gateway = ReadGateway(parameters.GetOrNull(AlipayChannelParameters.GatewayUrl));
    }

    public string AppId { get; }

    public string ProductCode { get; }

    public string? AppAuthToken { get; }

    public Uri Gateway { get; }

    public static AlipayChannelSettings From(ChannelContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new AlipayChannelSettings(context.Parameters);
    }

    public TimeSpan NotificationWindow()
    {
        var seconds = parameters.GetInt(AlipayChannelParameters.NotificationWindowSeconds, DefaultNotificationWindowSeconds);
        return seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : throw new ChannelConfigurationException("The notification window must be a positive number of seconds.");
    }

    public string AlipayUserId() => parameters.Get(AlipayChannelParameters.AlipayUserId);

    /// <summary>The caller disposes the key.</summary>
    public RSA LoadAppPrivateKey() => LoadKey(AlipayChannelParameters.AppPrivateKey, AlipayKeys.LoadPrivateKey);

    /// <summary>The caller disposes the key.</summary>
    public RSA LoadAlipayPublicKey() => LoadKey(AlipayChannelParameters.AlipayPublicKey, AlipayKeys.LoadPublicKey);

    private RSA LoadKey(string name, Func<string, RSA> load)
    {
        try
        {
            return load(parameters.Get(name));
        }
        catch (AlipayKeyFormatException e)
        {
            // The key format's message names the expected encoding only, never the key text.
            throw new ChannelConfigurationException($"The channel parameter '{name}' is unusable: {e.Message}");
        }
    }

    private static Uri ReadGateway(string? configured)
    {
        if (configured is null)
        {
            return AlipayGateway.Production;
        }

        if (!Uri.TryCreate(configured, UriKind.Absolute, out var gateway)
            || (gateway.Scheme != Uri.UriSchemeHttps && gateway.Scheme != Uri.UriSchemeHttp)
            || !string.IsNullOrEmpty(gateway.Query))
        {
            throw new ChannelConfigurationException("The Alipay gateway URL must be an absolute http(s) address without a query.");
        }

        return gateway;
    }
}
