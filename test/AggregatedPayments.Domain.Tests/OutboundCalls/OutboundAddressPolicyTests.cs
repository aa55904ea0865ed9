using System.Net;
using Shouldly;
using Xunit;

namespace AggregatedPayments.OutboundCalls;

public sealed class OutboundAddressPolicyTests
{
    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("2606:4700:4700::1111", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("64:ff9b::7f00:1", false)]
    [InlineData("2002:a00:1::", false)]
    public void Should_allow_public_addresses_only_by_default(string address, bool allowed) =>
        OutboundAddressPolicy.PublicOnly.IsAllowed("example.com", IPAddress.Parse(address)).ShouldBe(allowed);

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.0.2", false)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.20.255.255", true)]
    [InlineData("10.21.0.0", false)]
    [InlineData("::ffff:10.20.0.1", true)]
    [InlineData("64:ff9b::a14:1", true)]
    [InlineData("2002:a14:1::", true)]
    [InlineData("fd00:1::5", true)]
    [InlineData("fd01::5", false)]
    [InlineData("::1", false)]
    public void Should_allow_an_internal_address_inside_an_allowed_range(string address, bool allowed)
    {
        var policy = OutboundAddressPolicy.Create(["127.0.0.1", "10.20.0.0/16", "fd00:1::/32"]);

        policy.IsAllowed("somewhere.example", IPAddress.Parse(address)).ShouldBe(allowed);
    }

    [Theory]
    [InlineData("simulator.internal", true)]
    [InlineData("SIMULATOR.Internal.", true)]
    [InlineData("other.internal", false)]
    [InlineData("evil.simulator.internal", false)]
    [InlineData("10.9.8.7", false)]
    public void Should_allow_any_address_of_an_allowed_host_name(string host, bool allowed)
    {
        var policy = OutboundAddressPolicy.Create(["simulator.internal"]);

        policy.IsAllowed(host, IPAddress.Parse("10.9.8.7")).ShouldBe(allowed);
    }

    [Fact]
    public void Should_match_an_internationalized_host_name_in_its_ascii_form()
    {
        var policy = OutboundAddressPolicy.Create(["支付.内部"]);
        var connectedHost = new Uri("http://支付.内部/").IdnHost;

        connectedHost.ShouldStartWith("xn--");
        policy.IsAllowed(connectedHost, IPAddress.Parse("10.0.0.1")).ShouldBeTrue();
    }

    [Theory]
    [InlineData("0.0.0.0")]
    [InlineData("::")]
    [InlineData("::ffff:0.0.0.0")]
    [InlineData("224.0.0.1")]
    [InlineData("ff02::1")]
    [InlineData("255.255.255.255")]
    public void Should_never_allow_unspecified_multicast_or_broadcast_whatever_is_allowed(string address)
    {
        var policy = OutboundAddressPolicy.Create(["0.0.0.0/0", "::/0", "anything.internal"]);

        policy.IsAllowed("anything.internal", IPAddress.Parse(address)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("*.example.com")]
    [InlineData("10.0.0.1/8")]
    [InlineData("http://example.com")]
    [InlineData("")]
    public void Should_refuse_a_target_that_is_neither_a_host_name_nor_a_range(string target)
    {
        OutboundAddressPolicy.IsValidTarget(target).ShouldBeFalse();
        Should.Throw<ArgumentException>(() => OutboundAddressPolicy.Create([target])).Message.ShouldContain(target);
    }
}
