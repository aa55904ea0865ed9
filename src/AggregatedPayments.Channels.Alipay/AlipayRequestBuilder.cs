using System.Text.Json;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Builds and signs one gateway request in public-key mode: the common parameters
/// (<c>format=JSON</c>, <c>charset=utf-8</c>, <c>sign_type=RSA2</c>, <c>version=1.0</c>, a Beijing
/// <c>timestamp</c> from the injected clock), the caller's <c>biz_content</c> exactly as given, and
/// the optional <c>notify_url</c> and <c>app_auth_token</c>.
/// </summary>
public sealed class AlipayRequestBuilder
{
    private const string JsonFormat = "JSON";
    private const string ApiVersion = "1.0";

    private readonly AlipayRsa2Signer appSigner;
    private readonly TimeProvider clock;

    /// <param name="appSigner">A signer holding the app private key.</param>
    /// <param name="clock">The only source of the request timestamp.</param>
    public AlipayRequestBuilder(AlipayRsa2Signer appSigner, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(appSigner);
        ArgumentNullException.ThrowIfNull(clock);
        this.appSigner = appSigner;
        this.clock = clock;
    }

    /// <param name="bizContent">
    /// The business parameters as a JSON object text. It is signed and sent as given, so the stored
    /// body and the signature cover the same bytes.
    /// </param>
    public AlipaySignedRequest Build(
        string appId,
        string method,
        string bizContent,
        Uri? notifyUrl = null,
        string? appAuthToken = null)
    {
        RequireAppId(appId);
        AlipayMethodName.Validate(method);
        RequireJsonObject(bizContent);
        if (notifyUrl is not null && !AlipayGateway.IsAbsoluteHttp(notifyUrl))
        {
            throw new ArgumentException("The notify address must be an absolute http(s) address.", nameof(notifyUrl));
        }

        // Null means "not sent"; an empty token would be silently dropped from the signature by
        // the empty-value rule, so it is refused instead.
        if (appAuthToken is not null && string.IsNullOrWhiteSpace(appAuthToken))
        {
            throw new ArgumentException("The app auth token is blank; pass null when acting for no merchant.", nameof(appAuthToken));
        }

        var timestamp = AlipayBeijingTime.Format(clock.GetUtcNow());

        var signed = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [AlipayParameterNames.AppId] = appId,
            [AlipayParameterNames.Method] = method,
            [AlipayParameterNames.Format] = JsonFormat,
            [AlipayParameterNames.Charset] = AlipayCharset.Name,
            [AlipayParameterNames.SignType] = AlipayRsa2Signer.SignType,
            [AlipayParameterNames.Timestamp] = timestamp,
            [AlipayParameterNames.Version] = ApiVersion,
            [AlipayParameterNames.BizContent] = bizContent,
        };
        if (notifyUrl is not null)
        {
            signed[AlipayParameterNames.NotifyUrl] = notifyUrl.AbsoluteUri;
        }

        if (appAuthToken is not null)
        {
            signed[AlipayParameterNames.AppAuthToken] = appAuthToken;
        }

        var sign = appSigner.Sign(AlipaySignContent.ForRequest(signed.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))));

        var parameters = signed.ToList();
        parameters.Add(new KeyValuePair<string, string>(AlipayParameterNames.Sign, sign));
        return new AlipaySignedRequest(parameters.AsReadOnly(), AlipayFormEncoding.Encode(parameters), timestamp);
    }

    private static void RequireAppId(string appId)
    {
        ArgumentException.ThrowIfNullOrEmpty(appId);

        // Open platform app ids (live and sandbox) are decimal numbers.
        if (!appId.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("An Alipay app id consists of digits only.", nameof(appId));
        }
    }

    /// <summary>Checks the text is one JSON object; it is not re-serialized.</summary>
    private static void RequireJsonObject(string bizContent)
    {
        ArgumentException.ThrowIfNullOrEmpty(bizContent);
        try
        {
            using var document = JsonDocument.Parse(bizContent);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ArgumentException("biz_content must be a JSON object.", nameof(bizContent));
            }
        }
        catch (JsonException e)
        {
            throw new ArgumentException("biz_content is not well-formed JSON.", nameof(bizContent), e);
        }
    }
}
