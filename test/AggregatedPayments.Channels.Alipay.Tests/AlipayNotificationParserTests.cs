using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

public class AlipayNotificationParserTests
{
    private const string AppId = "2019090366875133";
    private const string BizContent =
        "{\"out_biz_no\":\"P20250101-0001\",\"order_id\":\"20250101110070000006210000000001\",\"pay_fund_order_id\":\"20250101110070001506210000000001\","
        + "\"status\":\"SUCCESS\",\"action_type\":\"FINISH\",\"trans_amount\":\"12.34\",\"pay_date\":\"2025-01-01 01:30:05\","
        + "\"product_code\":\"TRANS_ACCOUNT_NO_PWD\",\"biz_scene\":\"DIRECT_TRANSFER\"}";

    private static readonly DateTimeOffset SentAt = new(2024, 12, 31, 17, 30, 6, TimeSpan.Zero);
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private FakeTimeProvider clock = new(SentAt.AddSeconds(2));

    [Fact]
    public void Should_verify_a_notification_signed_with_the_V1_rule_and_answer_success()
    {
        var result = Parse(Notification());

        result.Outcome.ShouldBe(AlipayNotificationOutcome.Verified);
        result.Acknowledgement.ShouldBe("success");
        var notification = result.Notification.ShouldNotBeNull();
        notification.NotifyId.ShouldBe("2025010100222013006000000001");
        notification.AppId.ShouldBe(AppId);
        notification.MsgMethod.ShouldBe("alipay.fund.trans.order.changed");
        notification.SentAt.ShouldBe(SentAt);
        notification.BizContent.ShouldBe(BizContent);
        notification.OutBizNo.ShouldBe("P20250101-0001");
        notification.OrderId.ShouldBe("20250101110070000006210000000001");
        notification.PayFundOrderId.ShouldBe("20250101110070001506210000000001");
        notification.Status.ShouldBe("SUCCESS");
        notification.TransAmount.ShouldBe("12.34");
        AlipayAmount.AnsweredAmountMatches(notification.TransAmount, 1234).ShouldBeTrue();
        notification.PayDate.ShouldBe("2025-01-01 01:30:05");
        notification.ErrorCode.ShouldBeNull();
        notification.FailReason.ShouldBeNull();
    }

    [Fact]
    public void Should_read_the_failure_reason_of_a_failed_transfer()
    {
        const string failed = "{\"out_biz_no\":\"P20250101-0002\",\"status\":\"FAIL\",\"trans_amount\":12.30,"
            + "\"error_code\":\"PAYEE_NOT_EXIST\",\"fail_reason\":\"收款账号不存在\"}";

        var notification = Parse(Notification(bizContent: failed)).Notification.ShouldNotBeNull();

        notification.Status.ShouldBe("FAIL");
        notification.ErrorCode.ShouldBe("PAYEE_NOT_EXIST");
        notification.FailReason.ShouldBe("收款账号不存在");
        notification.TransAmount.ShouldBe("12.30");
    }

    [Fact]
    public void Should_reject_a_notification_signed_with_sign_type_in_the_content()
    {
        // The V2 rule keeps sign_type in the signed text; Alipay's notifications are V1, so such a
        // signature must not pass (this is what tells the two rules apart).
        var result = Parse(Notification(signV1: false));

        result.Outcome.ShouldBe(AlipayNotificationOutcome.SignatureInvalid);
        result.Acknowledgement.ShouldBeNull();
    }

    [Fact]
    public void Should_reject_a_forged_notification()
    {
        using var forger = RSA.Create(2048);

        var result = Parse(Notification(signingKey: forger));

        result.Outcome.ShouldBe(AlipayNotificationOutcome.SignatureInvalid);
        result.Notification.ShouldBeNull();
        result.Acknowledgement.ShouldBeNull();
    }

    [Fact]
    public void Should_reject_a_notification_changed_after_signing()
    {
        var tampered = Notification(after: p => Replace(p, "biz_content", BizContent.Replace("12.34", "12.35", StringComparison.Ordinal)));

        Parse(tampered).Outcome.ShouldBe(AlipayNotificationOutcome.SignatureInvalid);
    }

    [Fact]
    public void Should_reject_an_unsigned_notification()
    {
        var unsigned = Notification(after: p => p.Where(x => x.Key != "sign").ToList());

        Parse(unsigned).Outcome.ShouldBe(AlipayNotificationOutcome.SignatureInvalid);
    }

    [Fact]
    public void Should_reject_a_stale_notification_even_when_genuine()
    {
        clock.SetUtcNow(SentAt + Window + TimeSpan.FromSeconds(1));

        var result = Parse(Notification());

        result.Outcome.ShouldBe(AlipayNotificationOutcome.Stale);
        result.Acknowledgement.ShouldBeNull();
    }

    [Fact]
    public void Should_accept_a_notification_at_the_edge_of_the_window()
    {
        clock.SetUtcNow(SentAt + Window);

        Parse(Notification()).Outcome.ShouldBe(AlipayNotificationOutcome.Verified);
    }

    [Fact]
    public void Should_reject_a_notification_dated_beyond_the_window_in_the_future()
    {
        // A fake clock only moves forward, so this one starts behind the message.
        clock = new FakeTimeProvider(SentAt - Window - TimeSpan.FromSeconds(1));

        Parse(Notification()).Outcome.ShouldBe(AlipayNotificationOutcome.Stale);
    }

    [Fact]
    public void Should_reject_a_genuine_notification_for_another_app()
    {
        var result = Parse(Notification(before: p => Replace(p, "app_id", "2021000000000000")));

        result.Outcome.ShouldBe(AlipayNotificationOutcome.AppIdMismatch);
        result.Acknowledgement.ShouldBeNull();
    }

    [Fact]
    public void Should_not_acknowledge_a_message_it_does_not_handle()
    {
        var result = Parse(Notification(before: p => Replace(p, "msg_method", "alipay.trade.order.settle.notify")));

        result.Outcome.ShouldBe(AlipayNotificationOutcome.UnexpectedMessage);
        result.Acknowledgement.ShouldBeNull();
    }

    [Fact]
    public void Should_refuse_the_legacy_RSA_sign_type()
    {
        Parse(Notification(before: p => Replace(p, "sign_type", "RSA"))).Outcome.ShouldBe(AlipayNotificationOutcome.UnsupportedSignType);
    }

    [Fact]
    public void Should_refuse_a_charset_other_than_UTF_8()
    {
        Parse(Notification(before: p => Replace(p, "charset", "GBK"))).Outcome.ShouldBe(AlipayNotificationOutcome.UnsupportedCharset);
        Parse(Notification(), contentTypeCharset: "GBK").Outcome.ShouldBe(AlipayNotificationOutcome.UnsupportedCharset);
        Parse(Notification(before: p => p.Where(x => x.Key != "charset").ToList()), contentTypeCharset: null)
            .Outcome.ShouldBe(AlipayNotificationOutcome.UnsupportedCharset);
    }

    [Fact]
    public void Should_accept_UTF_8_declared_by_the_header_alone()
    {
        var withoutFormCharset = Notification(before: p => p.Where(x => x.Key != "charset").ToList());

        Parse(withoutFormCharset, contentTypeCharset: "UTF-8").Outcome.ShouldBe(AlipayNotificationOutcome.Verified);
    }

    [Theory]
    [InlineData("{\"status\":\"SUCCESS\"}")]
    [InlineData("{\"out_biz_no\":\"P1\"}")]
    [InlineData("{\"out_biz_no\":\"P1\",\"status\":{\"x\":1}}")]
    [InlineData("[1]")]
    [InlineData("{\"out_biz_no\":")]
    public void Should_call_a_genuine_notification_without_usable_transfer_fields_malformed(string bizContent)
    {
        var result = Parse(Notification(bizContent: bizContent));

        result.Outcome.ShouldBe(AlipayNotificationOutcome.Malformed);
        result.Acknowledgement.ShouldBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("1735666206000.5")]
    [InlineData("-1")]
    [InlineData("99999999999999999999")]
    public void Should_call_a_genuine_notification_without_a_usable_utc_timestamp_malformed(string utcTimestamp)
    {
        Parse(Notification(before: p => Replace(p, "utc_timestamp", utcTimestamp))).Outcome.ShouldBe(AlipayNotificationOutcome.Malformed);
    }

    [Fact]
    public void Should_call_an_undecodable_or_ambiguous_form_malformed()
    {
        Parse("sign=%zz"u8.ToArray()).Outcome.ShouldBe(AlipayNotificationOutcome.Malformed);
        Parse("app_id=1&app_id=2"u8.ToArray()).Outcome.ShouldBe(AlipayNotificationOutcome.Malformed);
    }

    private AlipayNotificationResult Parse(byte[] body, string? contentTypeCharset = "utf-8") =>
        new AlipayNotificationParser(AlipayTestKeys.Verifier(), AppId, clock, Window).Parse(body, contentTypeCharset);

    /// <summary>
    /// A notification as Alipay sends it, signed with the vector key (playing Alipay) and encoded by
    /// the framework's own form encoder, not ours.
    /// </summary>
    private static byte[] Notification(
        string bizContent = BizContent,
        bool signV1 = true,
        RSA? signingKey = null,
        Func<List<KeyValuePair<string, string>>, List<KeyValuePair<string, string>>>? before = null,
        Func<List<KeyValuePair<string, string>>, List<KeyValuePair<string, string>>>? after = null)
    {
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("notify_id", "2025010100222013006000000001"),
            new("utc_timestamp", SentAt.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("msg_method", "alipay.fund.trans.order.changed"),
            new("app_id", AppId),
            new("version", "1.1"),
            new("charset", "utf-8"),
            new("sign_type", "RSA2"),
            new("biz_content", bizContent),
        };
        parameters = before?.Invoke(parameters) ?? parameters;

        var nullable = parameters.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value));
        var content = signV1 ? AlipaySignContent.ForNotificationV1(nullable) : AlipaySignContent.ForRequest(nullable);
        using var ownKey = signingKey is null ? AlipayTestKeys.PrivateKey() : null;
        parameters.Add(new("sign", new AlipayRsa2Signer(signingKey ?? ownKey!).Sign(content)));
        parameters = after?.Invoke(parameters) ?? parameters;

        using var form = new FormUrlEncodedContent(parameters);
        return form.ReadAsByteArrayAsync().GetAwaiter().GetResult();
    }

    private static List<KeyValuePair<string, string>> Replace(List<KeyValuePair<string, string>> parameters, string key, string value) =>
        parameters.Select(p => p.Key == key ? new KeyValuePair<string, string>(key, value) : p).ToList();
}
