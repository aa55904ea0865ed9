using System.Net;
using Shouldly;
using Xunit;
using static AggregatedPayments.OutboundCalls.OutboundAddressCategory;

namespace AggregatedPayments.OutboundCalls;

public sealed class OutboundAddressClassifierTests
{
    [Theory]
    // "This network" and the unspecified address: 0.0.0.0 reaches this machine on Linux.
    [InlineData("0.0.0.0", Unspecified)]
    [InlineData("0.255.255.255", Unspecified)]
    [InlineData("1.0.0.0", Public)]
    // Private ranges and their edges.
    [InlineData("9.255.255.255", Public)]
    [InlineData("10.0.0.0", Private)]
    [InlineData("10.255.255.255", Private)]
    [InlineData("11.0.0.0", Public)]
    [InlineData("172.15.255.255", Public)]
    [InlineData("172.16.0.0", Private)]
    [InlineData("172.31.255.255", Private)]
    [InlineData("172.32.0.0", Public)]
    [InlineData("192.167.255.255", Public)]
    [InlineData("192.168.0.0", Private)]
    [InlineData("192.168.255.255", Private)]
    [InlineData("192.169.0.0", Public)]
    // Carrier-grade NAT.
    [InlineData("100.63.255.255", Public)]
    [InlineData("100.64.0.0", SharedAddressSpace)]
    [InlineData("100.127.255.255", SharedAddressSpace)]
    [InlineData("100.128.0.0", Public)]
    // Loopback.
    [InlineData("126.255.255.255", Public)]
    [InlineData("127.0.0.0", Loopback)]
    [InlineData("127.0.0.1", Loopback)]
    [InlineData("127.255.255.255", Loopback)]
    [InlineData("128.0.0.0", Public)]
    // Link-local, the cloud metadata service among it.
    [InlineData("169.253.255.255", Public)]
    [InlineData("169.254.0.0", LinkLocal)]
    [InlineData("169.254.169.254", LinkLocal)]
    [InlineData("169.254.255.255", LinkLocal)]
    [InlineData("169.255.0.0", Public)]
    // IETF protocol assignments, documentation, 6to4 relays, benchmarking.
    [InlineData("192.0.0.0", Reserved)]
    [InlineData("192.0.0.255", Reserved)]
    [InlineData("192.0.1.0", Public)]
    [InlineData("192.0.2.0", Documentation)]
    [InlineData("192.0.2.255", Documentation)]
    [InlineData("192.0.3.0", Public)]
    [InlineData("192.88.99.1", Reserved)]
    [InlineData("198.17.255.255", Public)]
    [InlineData("198.18.0.0", Benchmarking)]
    [InlineData("198.19.255.255", Benchmarking)]
    [InlineData("198.20.0.0", Public)]
    [InlineData("198.51.100.7", Documentation)]
    [InlineData("203.0.113.7", Documentation)]
    // Multicast, reserved, broadcast.
    [InlineData("223.255.255.255", Public)]
    [InlineData("224.0.0.0", Multicast)]
    [InlineData("239.255.255.255", Multicast)]
    [InlineData("240.0.0.0", Reserved)]
    [InlineData("255.255.255.254", Reserved)]
    [InlineData("255.255.255.255", Broadcast)]
    // Ordinary public addresses.
    [InlineData("8.8.8.8", Public)]
    [InlineData("110.242.68.66", Public)]
    public void Should_classify_an_ipv4_address(string address, OutboundAddressCategory category) =>
        OutboundAddressClassifier.Classify(IPAddress.Parse(address)).ShouldBe(category);

    [Theory]
    [InlineData("::", Unspecified)]
    [InlineData("::1", Loopback)]
    [InlineData("fc00::", Private)]
    [InlineData("fd12:3456::1", Private)]
    [InlineData("fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff", Private)]
    [InlineData("fec0::1", Private)]
    [InlineData("fe80::", LinkLocal)]
    [InlineData("fe80::1%2", LinkLocal)]
    [InlineData("febf:ffff:ffff:ffff:ffff:ffff:ffff:ffff", LinkLocal)]
    [InlineData("ff02::1", Multicast)]
    [InlineData("ff0e::1", Multicast)]
    [InlineData("64:ff9b:1::a00:1", Private)]
    [InlineData("100::1", Reserved)]
    [InlineData("2001::1", Reserved)]
    [InlineData("2001:1ff:ffff:ffff:ffff:ffff:ffff:ffff", Reserved)]
    [InlineData("2001:200::1", Public)]
    [InlineData("2001:db8::1", Documentation)]
    [InlineData("3fff::1", Documentation)]
    [InlineData("3fff:fff::1", Documentation)]
    [InlineData("3fff:1000::1", Public)]
    [InlineData("2400:3200::1", Public)]
    [InlineData("2606:4700:4700::1111", Public)]
    [InlineData("1fff:ffff::1", Reserved)]
    [InlineData("4000::1", Reserved)]
    [InlineData("::ffff:0:a00:1", Reserved)]
    public void Should_classify_an_ipv6_address(string address, OutboundAddressCategory category) =>
        OutboundAddressClassifier.Classify(IPAddress.Parse(address)).ShouldBe(category);

    [Theory]
    // IPv4-mapped.
    [InlineData("::ffff:10.0.0.1", "10.0.0.1", Private)]
    [InlineData("::ffff:127.0.0.1", "127.0.0.1", Loopback)]
    [InlineData("::ffff:7f00:1", "127.0.0.1", Loopback)]
    [InlineData("::ffff:169.254.169.254", "169.254.169.254", LinkLocal)]
    [InlineData("::ffff:0.0.0.0", "0.0.0.0", Unspecified)]
    [InlineData("::ffff:8.8.8.8", "8.8.8.8", Public)]
    // IPv4-compatible (deprecated, still parsed by stacks).
    [InlineData("::10.0.0.1", "10.0.0.1", Private)]
    [InlineData("::127.0.0.1", "127.0.0.1", Loopback)]
    [InlineData("::8.8.8.8", "8.8.8.8", Public)]
    // NAT64, well-known prefix.
    [InlineData("64:ff9b::10.0.0.1", "10.0.0.1", Private)]
    [InlineData("64:ff9b::a9fe:a9fe", "169.254.169.254", LinkLocal)]
    [InlineData("64:ff9b::8.8.8.8", "8.8.8.8", Public)]
    // 6to4: the IPv4 address in bits 16 to 47.
    [InlineData("2002:7f00:1::", "127.0.0.1", Loopback)]
    [InlineData("2002:c0a8:101::1", "192.168.1.1", Private)]
    [InlineData("2002:808:808::1", "8.8.8.8", Public)]
    public void Should_classify_an_ipv6_address_that_carries_ipv4_as_that_ipv4_address(string address, string ipv4, OutboundAddressCategory category)
    {
        var parsed = IPAddress.Parse(address);

        OutboundAddressClassifier.EmbeddedIpv4(parsed).ShouldBe(IPAddress.Parse(ipv4));
        OutboundAddressClassifier.Classify(parsed).ShouldBe(category);
    }

    [Theory]
    [InlineData("10.0.0.1")]
    [InlineData("2001:db8::1")]
    [InlineData("64:ff9a::a00:1")]
    [InlineData("2003:7f00:1::")]
    public void Should_find_no_ipv4_address_where_none_is_carried(string address) =>
        OutboundAddressClassifier.EmbeddedIpv4(IPAddress.Parse(address)).ShouldBeNull();
}
