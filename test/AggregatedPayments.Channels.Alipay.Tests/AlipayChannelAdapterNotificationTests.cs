using System.Security.Cryptography;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

public sealed class AlipayChannelAdapterNotificationTests : IDisposable
{
    private readonly AlipayAdapterHarness harness = new();

    [Fact]
    public void Should_verify_Alipays_message_and_acknowledge_with_success()
    {
        var result = Verify(Notification(harness.Gateway.AlipayKey));

        result.IsVerified.ShouldBeTrue();
        result.Acknowledgement.ShouldBe(new NotificationAcknowledgement(200, "text/plain", "success"));
        result.Event.ShouldBe(new NotificationEvent(Key, "O8", ChannelPayoutState.Succeeded, AlipayAdapterHarness.Cny(1234), null));
    }

    [Fact]
    public void Should_refuse_a_forged_message_without_an_event_and_keep_its_key_as_a_clue()
    {
        using var forger = RSA.Create(2048);

        var result = Verify(Notification(forger));

        result.IsVerified.ShouldBeFalse();
        result.Event.ShouldBeNull();
        result.UnverifiedKey.ShouldBe(Key);
        result.Acknowledgement.Body.ShouldNotBe("success");
    }

    [Fact]
    public void Should_refuse_a_genuine_message_older_than_the_window()
    {
        var notification = Notification(harness.Gateway.AlipayKey);
        harness.Clock.Advance(TimeSpan.FromSeconds(301));

        var result = Verify(notification);

        result.IsVerified.ShouldBeFalse();
        result.Acknowledgement.Body.ShouldNotBe("success");
    }

    public void Dispose() => harness.Dispose();

    private string Key => harness.Instruction().Key;

    private NotificationResult Verify(byte[] body) => harness.Adapter.VerifyAndParse(
        new NotificationRequest(new Dictionary<string, string>(), body, "application/x-www-form-urlencoded; charset=utf-8"), harness.Context);

    /// <summary>An alipay.fund.trans.order.changed message, signed with the V1 rule by <paramref name="signer"/>.</summary>
    private byte[] Notification(RSA signer)
    {
        var parameters = new List<KeyValuePair<string, string>>
        {
            new("notify_id", "2025010100222013006000000001"),
            new("utc_timestamp", harness.Clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("msg_method", "alipay.fund.trans.order.changed"),
            new("app_id", AlipayAdapterHarness.AppId),
            new("version", "1.1"),
            new("charset", "utf-8"),
            new("sign_type", "RSA2"),
            new("biz_content", $$"""{"out_biz_no":"{{Key}}","order_id":"O8","status":"SUCCESS","trans_amount":"12.34","pay_date":"2025-01-01 10:00:05"}"""),
        };
        var content = AlipaySignContent.ForNotificationV1(parameters.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
        parameters.Add(new("sign", new AlipayRsa2Signer(signer).Sign(content)));
        return AlipayFormEncoding.Encode(parameters);
    }
}
