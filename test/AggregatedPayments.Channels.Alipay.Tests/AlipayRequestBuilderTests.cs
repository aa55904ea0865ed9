using System.Text;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

public sealed class AlipayRequestBuilderTests : IDisposable
{
    private const string AppId = "2019090366875133";
    private const string Method = "alipay.fund.trans.uni.transfer";
    private const string BizContent =
        "{\"out_biz_no\":\"P20250101-0001\",\"trans_amount\":\"12.34\",\"product_code\":\"TRANS_ACCOUNT_NO_PWD\",\"biz_scene\":\"DIRECT_TRANSFER\","
        + "\"order_title\":\"工资 1月\",\"payee_info\":{\"identity\":\"208800000000001\",\"identity_type\":\"ALIPAY_USER_ID\"}}";

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2024, 12, 31, 17, 30, 5, TimeSpan.Zero));
    private readonly System.Security.Cryptography.RSA privateKey = AlipayTestKeys.PrivateKey();
    private readonly AlipayRequestBuilder builder;

    public AlipayRequestBuilderTests()
    {
        builder = new AlipayRequestBuilder(new AlipayRsa2Signer(privateKey), clock);
    }

    [Fact]
    public void Should_sign_a_body_that_verifies_with_the_app_public_key()
    {
        var request = builder.Build(AppId, Method, BizContent);

        var received = AlipayFormEncoding.Decode(request.Body.Span);
        var sign = received.Single(p => p.Key == "sign").Value;
        var content = AlipaySignContent.ForRequest(received.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));

        AlipayTestKeys.Verifier().Verify(content, sign).ShouldBeTrue();
        received.ShouldBe(request.Parameters);
        request.Sign.ShouldBe(sign);
    }

    [Fact]
    public void Should_stamp_Beijing_time_from_the_clock_whatever_the_local_zone()
    {
        clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("minus-five", TimeSpan.FromHours(-5), "minus-five", "minus-five"));

        var request = builder.Build(AppId, Method, BizContent);

        request.Timestamp.ShouldBe("2025-01-01 01:30:05");
        request.Parameters.ShouldContain(new KeyValuePair<string, string>("timestamp", "2025-01-01 01:30:05"));
    }

    [Fact]
    public void Should_carry_the_common_parameters_in_ordinal_order_then_the_signature()
    {
        var request = builder.Build(AppId, Method, BizContent, new Uri("https://pay.example.test/alipay/notify"), "202501BBa1b2c3");

        request.Parameters.Select(p => p.Key).ShouldBe(
        [
            "app_auth_token", "app_id", "biz_content", "charset", "format", "method", "notify_url", "sign_type", "timestamp", "version", "sign",
        ]);
        var values = request.Parameters.ToDictionary(p => p.Key, p => p.Value);
        values["biz_content"].ShouldBe(BizContent);
        values["charset"].ShouldBe("utf-8");
        values["format"].ShouldBe("JSON");
        values["sign_type"].ShouldBe("RSA2");
        values["version"].ShouldBe("1.0");
        values["notify_url"].ShouldBe("https://pay.example.test/alipay/notify");
    }

    [Fact]
    public void Should_leave_out_optional_parameters_that_are_not_given()
    {
        var request = builder.Build(AppId, Method, BizContent);

        request.Parameters.Select(p => p.Key).ShouldNotContain("notify_url");
        request.Parameters.Select(p => p.Key).ShouldNotContain("app_auth_token");
    }

    [Fact]
    public void Should_produce_the_same_bytes_for_the_same_request_and_instant()
    {
        var first = builder.Build(AppId, Method, BizContent).Body.ToArray();
        var second = builder.Build(AppId, Method, BizContent).Body.ToArray();

        second.ShouldBe(first);
        Encoding.ASCII.GetString(first).ShouldStartWith("app_id=2019090366875133&biz_content=%7B%22out_biz_no%22%3A%22P20250101-0001%22");
        Encoding.ASCII.GetString(first).ShouldContain("&timestamp=2025-01-01+01%3A30%3A05&version=1.0&sign=");
    }

    [Fact]
    public void Should_fail_verification_when_one_byte_of_the_stored_body_changes()
    {
        var body = Encoding.ASCII.GetString(builder.Build(AppId, Method, BizContent).Body.Span);
        var tampered = body.Replace("12.34", "12.35", StringComparison.Ordinal);
        tampered.ShouldNotBe(body);

        var received = AlipayFormEncoding.Decode(Encoding.ASCII.GetBytes(tampered));
        var content = AlipaySignContent.ForRequest(received.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));

        AlipayTestKeys.Verifier().Verify(content, received.Single(p => p.Key == "sign").Value).ShouldBeFalse();
    }

    [Theory]
    [InlineData("", Method, BizContent)]
    [InlineData("app-1", Method, BizContent)]
    [InlineData(AppId, "alipay", BizContent)]
    [InlineData(AppId, Method, "")]
    [InlineData(AppId, Method, "[1,2]")]
    [InlineData(AppId, Method, "{\"out_biz_no\":")]
    public void Should_refuse_a_request_it_cannot_sign_faithfully(string appId, string method, string bizContent)
    {
        Should.Throw<ArgumentException>(() => builder.Build(appId, method, bizContent));
    }

    [Fact]
    public void Should_refuse_a_relative_notify_address_and_a_blank_auth_token()
    {
        Should.Throw<ArgumentException>(() => builder.Build(AppId, Method, BizContent, new Uri("/notify", UriKind.Relative)));
        Should.Throw<ArgumentException>(() => builder.Build(AppId, Method, BizContent, appAuthToken: " "));
    }

    [Fact]
    public void Should_post_to_the_gateway_with_the_charset_in_the_address()
    {
        AlipayGateway.RequestUri(AlipayGateway.Production).AbsoluteUri.ShouldBe("https://openapi.alipay.com/gateway.do?charset=utf-8");
        Should.Throw<ArgumentException>(() => AlipayGateway.RequestUri(new Uri("https://openapi.alipay.com/gateway.do?charset=gbk")));
    }

    public void Dispose() => privateKey.Dispose();
}
