using System.Net;
using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Interception;

public sealed class IpRangeTests
{
    [Theory]
    [InlineData("10.0.0.0/8", "10.0.0.0/8")]
    [InlineData(" 192.168.1.0/24 ", "192.168.1.0/24")]
    [InlineData("203.0.113.7", "203.0.113.7/32")]
    [InlineData("0.0.0.0/0", "0.0.0.0/0")]
    [InlineData("2001:db8::/32", "2001:db8::/32")]
    [InlineData("2001:DB8:0:0::/64", "2001:db8::/64")]
    [InlineData("::1", "::1/128")]
    [InlineData("::/0", "::/0")]
    [InlineData("::ffff:10.0.0.0/104", "10.0.0.0/8")]
    [InlineData("::ffff:192.0.2.1", "192.0.2.1/32")]
    public void Should_parse_a_range_into_its_canonical_form(string text, string canonical) =>
        IpRange.Parse(text).ToString().ShouldBe(canonical);

    [Theory]
    [InlineData("")]
    [InlineData("10")]
    [InlineData("10.1")]
    [InlineData("10.0.0")]
    [InlineData("010.0.0.0/8")]
    [InlineData("0x0A.0.0.0/8")]
    [InlineData("256.0.0.0/8")]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0.0/-1")]
    [InlineData("10.0.0.0/08")]
    [InlineData("10.0.0.0/")]
    [InlineData("10.0.0.0/8/8")]
    [InlineData("10.0.0.1/8")]
    [InlineData("2001:db8::1/32")]
    [InlineData("2001:db8::/129")]
    [InlineData("fe80::1%eth0")]
    [InlineData("example.com")]
    public void Should_refuse_what_is_not_a_clean_cidr_range(string text)
    {
        IpRange.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<BusinessException>(() => IpRange.Parse(text)).Code.ShouldBe(ErrorCodes.InvalidCidr);
    }

    [Theory]
    [InlineData("10.0.0.0/8", "10.255.255.255", true)]
    [InlineData("10.0.0.0/8", "11.0.0.0", false)]
    [InlineData("192.168.1.0/24", "192.168.1.0", true)]
    [InlineData("192.168.1.0/24", "192.168.2.1", false)]
    [InlineData("203.0.113.7/32", "203.0.113.7", true)]
    [InlineData("203.0.113.7/32", "203.0.113.8", false)]
    [InlineData("0.0.0.0/0", "198.51.100.1", true)]
    [InlineData("2001:db8::/32", "2001:db8:ffff::1", true)]
    [InlineData("2001:db8::/32", "2001:db9::1", false)]
    [InlineData("::/0", "2001:db8::1", true)]
    public void Should_contain_exactly_the_addresses_of_the_range(string range, string address, bool contained) =>
        IpRange.Parse(range).Contains(IPAddress.Parse(address)).ShouldBe(contained);

    [Fact]
    public void Should_match_an_ipv4_client_seen_through_a_dual_stack_socket()
    {
        var mapped = IPAddress.Parse("::ffff:10.1.2.3");

        IpRange.Parse("10.0.0.0/8").Contains(mapped).ShouldBeTrue();
        IpRange.Parse("::ffff:10.0.0.0/104").Contains(IPAddress.Parse("10.1.2.3")).ShouldBeTrue();
        IpRange.Parse("11.0.0.0/8").Contains(mapped).ShouldBeFalse();
    }

    [Fact]
    public void Should_keep_address_families_apart()
    {
        IpRange.Parse("::/0").Contains(IPAddress.Parse("10.0.0.1")).ShouldBeFalse();
        IpRange.Parse("0.0.0.0/0").Contains(IPAddress.Parse("2001:db8::1")).ShouldBeFalse();
        IpRange.Parse("0.0.0.0/0").Contains(null).ShouldBeFalse();
    }

    [Fact]
    public void Should_count_an_ipv6_client_by_its_64_bit_prefix_and_an_ipv4_client_by_its_address()
    {
        IpAddresses.ClientKey(IPAddress.Parse("2001:db8:1:2:aaaa::1"))
            .ShouldBe(IpAddresses.ClientKey(IPAddress.Parse("2001:db8:1:2:bbbb::9")));
        IpAddresses.ClientKey(IPAddress.Parse("2001:db8:1:3::1"))
            .ShouldNotBe(IpAddresses.ClientKey(IPAddress.Parse("2001:db8:1:2::1")));
        IpAddresses.ClientKey(IPAddress.Parse("::ffff:10.0.0.1")).ShouldBe("10.0.0.1");
        IpAddresses.ClientKey(null).ShouldBe("unknown");
    }
}
