namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Verifies and reads an open platform notification (<c>alipay.fund.trans.order.changed</c>) from
/// the raw form bytes: decode strictly, check the declared charset and <c>sign_type</c>, verify
/// with the V1 rule (<c>sign</c> and <c>sign_type</c> left out, alipay-sdk-net-all
/// AlipaySignature.RSACheckV1), then check the app, the message type and the freshness of
/// <c>utc_timestamp</c>, and only then read <c>biz_content</c>. The freshness check comes after
/// verification because before it the timestamp is whatever a forger wrote.
/// </summary>
public sealed class AlipayNotificationParser
{
    public const string TransferChangedMethod = "alipay.fund.trans.order.changed";

    private readonly AlipayRsa2Verifier alipayVerifier;
    private readonly string expectedAppId;
    private readonly TimeProvider clock;
    private readonly TimeSpan maxAge;

    /// <param name="alipayVerifier">A verifier holding the Alipay public key.</param>
    /// <param name="expectedAppId">The app id of the merchant channel the notify address belongs to.</param>
    /// <param name="clock">The only source of "now" for the freshness check.</param>
    /// <param name="maxAge">
    /// How far <c>utc_timestamp</c> may be from now, either way (older is a replay, newer is a clock
    /// we cannot trust).
    /// </param>
    public AlipayNotificationParser(AlipayRsa2Verifier alipayVerifier, string expectedAppId, TimeProvider clock, TimeSpan maxAge)
    {
        ArgumentNullException.ThrowIfNull(alipayVerifier);
        ArgumentException.ThrowIfNullOrEmpty(expectedAppId);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxAge, TimeSpan.Zero);

        this.alipayVerifier = alipayVerifier;
        this.expectedAppId = expectedAppId;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /// <param name="body">The request body exactly as received.</param>
    /// <param name="contentTypeCharset">The charset of the request's Content-Type, or null when it names none.</param>
    public AlipayNotificationResult Parse(ReadOnlySpan<byte> body, string? contentTypeCharset)
    {
        if (contentTypeCharset is not null && !AlipayCharset.IsUtf8(contentTypeCharset))
        {
            return new(AlipayNotificationOutcome.UnsupportedCharset, "The Content-Type declares a charset other than UTF-8.");
        }

        IReadOnlyList<KeyValuePair<string, string>> parameters;
        try
        {
            parameters = AlipayFormEncoding.Decode(body);
        }
        catch (FormatException e)
        {
            return new(AlipayNotificationOutcome.Malformed, e.Message);
        }

        var values = parameters.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

        // Either the header or the form must say UTF-8, and neither may say anything else: the
        // signature is over the bytes of the declared charset.
        var formCharset = values.GetValueOrDefault(AlipayParameterNames.Charset);
        if ((formCharset is not null && !AlipayCharset.IsUtf8(formCharset)) || (formCharset is null && contentTypeCharset is null))
        {
            return new(AlipayNotificationOutcome.UnsupportedCharset, "The message does not declare UTF-8.", parameters);
        }

        if (values.GetValueOrDefault(AlipayParameterNames.SignType) != AlipayRsa2Signer.SignType)
        {
            return new(AlipayNotificationOutcome.UnsupportedSignType, "Only sign_type=RSA2 is accepted.", parameters);
        }

        if (!values.TryGetValue(AlipayParameterNames.Sign, out var sign)
            || !alipayVerifier.Verify(AlipaySignContent.ForNotificationV1(parameters.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))), sign))
        {
            return new(AlipayNotificationOutcome.SignatureInvalid, "The V1 signature is missing or does not match.", parameters);
        }

        if (values.GetValueOrDefault(AlipayParameterNames.AppId) != expectedAppId)
        {
            return new(AlipayNotificationOutcome.AppIdMismatch, "The message is for another app.", parameters);
        }

        var msgMethod = values.GetValueOrDefault(AlipayParameterNames.MsgMethod);
        if (msgMethod != TransferChangedMethod)
        {
            return new(AlipayNotificationOutcome.UnexpectedMessage, $"Only {TransferChangedMethod} is handled.", parameters);
        }

        if (!AlipayNotificationFields.TryReadUtcTimestamp(values.GetValueOrDefault(AlipayParameterNames.UtcTimestamp), out var sentAt))
        {
            return new(AlipayNotificationOutcome.Malformed, "utc_timestamp is missing or not milliseconds since the epoch.", parameters);
        }

        if ((clock.GetUtcNow() - sentAt).Duration() > maxAge)
        {
            return new(AlipayNotificationOutcome.Stale, "utc_timestamp is outside the accepted window.", parameters);
        }

        if (!values.TryGetValue(AlipayParameterNames.NotifyId, out var notifyId) || notifyId.Length == 0)
        {
            return new(AlipayNotificationOutcome.Malformed, "notify_id is missing.", parameters);
        }

        if (!values.TryGetValue(AlipayParameterNames.BizContent, out var bizContent))
        {
            return new(AlipayNotificationOutcome.Malformed, "biz_content is missing.", parameters);
        }

        var problem = AlipayNotificationFields.TryReadTransfer(bizContent, out var fields);
        if (problem is not null)
        {
            return new(AlipayNotificationOutcome.Malformed, problem, parameters);
        }

        var notification = new AlipayNotification
        {
            NotifyId = notifyId,
            AppId = expectedAppId,
            MsgMethod = msgMethod,
            SentAt = sentAt,
            BizContent = bizContent,
            OutBizNo = fields["out_biz_no"]!,
            Status = fields["status"]!,
            OrderId = fields["order_id"],
            PayFundOrderId = fields["pay_fund_order_id"],
            TransAmount = fields["trans_amount"],
            PayDate = fields["pay_date"],
            ErrorCode = fields["error_code"],
            FailReason = fields["fail_reason"],
        };
        return new(AlipayNotificationOutcome.Verified, "Signed by Alipay, for this app, fresh.", parameters, notification);
    }
}
