using Shouldly;
using Xunit;

namespace AggregatedPayments.OutboundCalls;

/// <summary>
/// A configured proxy, played by the loopback server: the proxy is the administrator's and reached
/// without being allowed, the target behind it is still checked, and the proxy's own address is no
/// way around the policy. The public address the fake DNS gives is never connected to.
/// </summary>
public sealed class OutboundProxyTests : IAsyncLifetime
{
    private LoopbackServer _proxy = null!;

    public async Task InitializeAsync() => _proxy = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _proxy.DisposeAsync();

    [Fact]
    public async Task Should_send_a_call_to_a_public_target_through_the_configured_proxy()
    {
        using var services = ThroughProxy();
        using var client = services.CreateClient();

        var answer = await client.GetStringAsync("http://payments.example/notify");

        answer.ShouldBe("proxied payments.example/notify");
        _proxy.Requests.ShouldBe(["payments.example /notify"]);
    }

    [Fact]
    public async Task Should_refuse_an_internal_target_before_it_reaches_the_proxy()
    {
        using var services = ThroughProxy();
        using var client = services.CreateClient();

        var exception = await Should.ThrowAsync<OutboundCallException>(client.GetAsync("http://intranet.example/admin"));

        exception.Code.ShouldBe(OutboundCallsErrorCodes.AddressNotAllowed);
        _proxy.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_check_a_call_aimed_at_the_proxy_itself()
    {
        using var services = ThroughProxy();
        using var client = services.CreateClient();

        var exception = await Should.ThrowAsync<OutboundCallException>(client.GetAsync(_proxy.Url("/ok")));

        exception.Code.ShouldBe(OutboundCallsErrorCodes.AddressNotAllowed);
        _proxy.Requests.ShouldBeEmpty();
    }

    private OutboundCallTestServices ThroughProxy() => new(
        new Dictionary<string, string?> { ["OutboundCalls:Proxy"] = _proxy.BaseAddress.ToString() },
        new StaticDnsResolver(new Dictionary<string, string[]>
        {
            ["payments.example"] = ["93.184.215.14"],
            ["intranet.example"] = ["10.1.2.3"]
        }));
}
