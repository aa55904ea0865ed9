using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.OutboundCalls;

public sealed class OutboundAddressValidatorTests
{
    private static readonly OutboundAddressValidator PublicOnly = new(OutboundAddressPolicy.PublicOnly);

    [Theory]
    [InlineData("https://openapi.alipay.com/gateway.do", "openapi.alipay.com")]
    [InlineData("http://merchant.example.com:8080/notify?x=1", "merchant.example.com")]
    [InlineData(" HTTPS://Merchant.Example.com/notify ", "merchant.example.com")]
    [InlineData("https://8.8.8.8/", "8.8.8.8")]
    [InlineData("https://[2606:4700:4700::1111]/", "[2606:4700:4700::1111]")]
    [InlineData("https://支付.example/notify", "支付.example")]
    public void Should_accept_a_public_http_or_https_address(string url, string host) =>
        PublicOnly.ValidateUrl(url).Host.ShouldBe(host);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("merchant.example.com/notify")]
    [InlineData("/notify")]
    [InlineData("ftp://merchant.example.com/")]
    [InlineData("file:///etc/passwd")]
    [InlineData("gopher://127.0.0.1:25/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://user:secret@merchant.example.com/")]
    [InlineData("https://user@merchant.example.com/")]
    [InlineData("http://merchant.example.com@127.0.0.1/")]
    [InlineData("http://exa mple.com/")]
    public void Should_refuse_what_is_not_an_http_or_https_url_without_credentials(string? url)
    {
        var exception = Should.Throw<BusinessException>(() => PublicOnly.ValidateUrl(url));

        exception.Code.ShouldBe(OutboundCallsErrorCodes.InvalidAddress);
        exception.Values.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("http://127.0.0.1/", "127.0.0.1")]
    [InlineData("http://127.1/", "127.0.0.1")]
    [InlineData("http://0x7f000001/", "127.0.0.1")]
    [InlineData("http://2130706433/", "127.0.0.1")]
    [InlineData("http://0177.0.0.1/", "127.0.0.1")]
    [InlineData("http://[::1]:8080/", "::1")]
    [InlineData("http://[::ffff:10.0.0.1]/", "::ffff:10.0.0.1")]
    [InlineData("http://[::ffff:7f00:1]/", "::ffff:127.0.0.1")]
    [InlineData("http://[64:ff9b::a9fe:a9fe]/", "64:ff9b::a9fe:a9fe")]
    [InlineData("http://[2002:c0a8:101::1]/", "2002:c0a8:101::1")]
    [InlineData("http://10.0.0.1/", "10.0.0.1")]
    [InlineData("http://172.16.0.1/", "172.16.0.1")]
    [InlineData("http://192.168.1.1/", "192.168.1.1")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.169.254")]
    [InlineData("http://100.64.0.1/", "100.64.0.1")]
    [InlineData("http://0.0.0.0/", "0.0.0.0")]
    [InlineData("http://[fd00::1]/", "fd00::1")]
    [InlineData("http://[fe80::1]/", "fe80::1")]
    [InlineData("http://localhost:5000/", "localhost")]
    [InlineData("http://LOCALHOST./", "localhost.")]
    [InlineData("http://api.localhost/", "api.localhost")]
    public void Should_refuse_an_internal_address_in_any_spelling(string url, string host)
    {
        var exception = Should.Throw<BusinessException>(() => PublicOnly.ValidateUrl(url));

        exception.Code.ShouldBe(OutboundCallsErrorCodes.AddressNotAllowed);
        exception.Values["host"].ShouldBe(host);
    }

    [Theory]
    [InlineData("http://127.0.0.1:9000/gateway.do")]
    [InlineData("http://localhost:9000/gateway.do")]
    public void Should_accept_an_internal_address_an_administrator_allowed(string url)
    {
        var validator = new OutboundAddressValidator(OutboundAddressPolicy.Create(["127.0.0.1"]));

        validator.ValidateUrl(url).ShouldNotBeNull();
    }

    [Fact]
    public void Should_leave_a_host_name_to_the_check_at_connect_time()
    {
        // Whatever it resolves to now, it may resolve to something else when called: the connection decides.
        PublicOnly.ValidateUrl("https://internal-looking.example/notify").Host.ShouldBe("internal-looking.example");
    }

    [Theory]
    [InlineData("db.merchant.example")]
    [InlineData("8.8.8.8")]
    public void Should_accept_a_public_host_given_alone(string host) =>
        Should.NotThrow(() => PublicOnly.ValidateHost(host));

    [Theory]
    [InlineData("10.0.0.5", OutboundCallsErrorCodes.AddressNotAllowed)]
    [InlineData("[::1]", OutboundCallsErrorCodes.AddressNotAllowed)]
    [InlineData("localhost", OutboundCallsErrorCodes.AddressNotAllowed)]
    [InlineData("10", OutboundCallsErrorCodes.AddressNotAllowed)]
    [InlineData("", OutboundCallsErrorCodes.InvalidAddress)]
    [InlineData("db.example.com/x", OutboundCallsErrorCodes.InvalidAddress)]
    [InlineData("/var/run/mysqld.sock", OutboundCallsErrorCodes.InvalidAddress)]
    public void Should_refuse_a_host_given_alone_that_is_internal_or_no_host(string host, string code) =>
        Should.Throw<BusinessException>(() => PublicOnly.ValidateHost(host)).Code.ShouldBe(code);
}
