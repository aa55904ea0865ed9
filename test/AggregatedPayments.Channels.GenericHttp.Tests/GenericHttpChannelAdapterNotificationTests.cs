using System.Globalization;
using System.Text;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.GenericHttp;

public sealed class GenericHttpChannelAdapterNotificationTests : IDisposable
{
    private const string Body = """{"data":{"out_no":"0f8fad5bd9cb469fa16570867728950e","order_no":"P1","state":"SUCCESS","amt":"12.34","ccy":"CNY"}}""";

    private readonly GenericHttpAdapterHarness harness = new();

    [Fact]
    public void Should_accept_a_signed_fresh_callback_and_acknowledge_with_success()
    {
        var result = harness.Adapter.VerifyAndParse(Callback(Body, Now()), harness.Context);

        result.IsVerified.ShouldBeTrue();
        result.Event.ShouldBe(new NotificationEvent("0f8fad5bd9cb469fa16570867728950e", "P1", ChannelPayoutState.Succeeded, GenericHttpAdapterHarness.Cny(1234), null));
        result.Acknowledgement.ShouldBe(new NotificationAcknowledgement(200, "text/plain", "success"));
    }

    [Fact]
    public void Should_refuse_a_forged_callback_keeping_its_key_only_as_a_clue()
    {
        var forged = Body.Replace("12.34", "99.99", StringComparison.Ordinal);
        var signedOriginal = Callback(Body, Now());

        var result = harness.Adapter.VerifyAndParse(signedOriginal with { Body = Encoding.UTF8.GetBytes(forged) }, harness.Context);

        result.IsVerified.ShouldBeFalse();
        result.Event.ShouldBeNull();
        result.UnverifiedKey.ShouldBe("0f8fad5bd9cb469fa16570867728950e");
        result.Acknowledgement.StatusCode.ShouldBe(400);
    }

    [Fact]
    public void Should_refuse_a_stale_callback_even_when_its_signature_is_right()
    {
        var stale = Callback(Body, Now());
        harness.Clock.Advance(TimeSpan.FromSeconds(301));

        var result = harness.Adapter.VerifyAndParse(stale, harness.Context);

        result.IsVerified.ShouldBeFalse();
        result.Event.ShouldBeNull();
    }

    [Fact]
    public void Should_verify_over_an_operators_own_callback_template()
    {
        using var custom = new GenericHttpAdapterHarness(moreParameters: new Dictionary<string, string>
        {
            [GenericHttpParameterNames.NotificationTemplate] = "{timestamp}|{body}",
        });
        var timestamp = Now();
        var signedThatWay = Callback(Body, timestamp) with
        {
            Headers = new Dictionary<string, string> { ["X-Timestamp"] = timestamp, ["X-Signature"] = custom.Provider.Sign($"{timestamp}|{Body}") },
        };

        custom.Adapter.VerifyAndParse(signedThatWay, custom.Context).IsVerified.ShouldBeTrue();
        harness.Adapter.VerifyAndParse(signedThatWay, harness.Context).IsVerified.ShouldBeFalse();
    }

    public void Dispose() => harness.Dispose();

    private string Now() => harness.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    private NotificationRequest Callback(string body, string timestamp) => new(
        new Dictionary<string, string>
        {
            ["x-timestamp"] = timestamp,
            ["X-Signature"] = harness.Provider.Sign($"{timestamp}\n{body}"),
        },
        Encoding.UTF8.GetBytes(body),
        "application/json");
}
