using System.Net;
using Shouldly;
using Xunit;

namespace AggregatedPayments.OutboundCalls;

/// <summary>
/// The guard against a real server on 127.0.0.1. Loopback is refused by default, so each test that
/// expects an answer allows 127.0.0.1 explicitly, as the test suite and the channel simulator do.
/// No test sends a byte anywhere but to loopback.
/// </summary>
public sealed class OutboundHttpClientTests : IAsyncLifetime
{
    private LoopbackServer _server = null!;

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Should_refuse_loopback_by_default()
    {
        using var services = new OutboundCallTestServices(new Dictionary<string, string?>());
        using var client = services.CreateClient();

        var exception = await Should.ThrowAsync<OutboundCallException>(client.GetAsync(_server.Url("/ok")));

        exception.Code.ShouldBe(OutboundCallsErrorCodes.AddressNotAllowed);
        exception.Host.ShouldBe("127.0.0.1");
        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_call_loopback_when_an_administrator_allowed_it()
    {
        using var services = AllowingLoopback();
        using var client = services.CreateClient();

        var answer = await client.GetStringAsync(_server.Url("/ok"));

        answer.ShouldBe("hello");
    }

    [Fact]
    public async Task Should_refuse_an_ipv4_mapped_ipv6_loopback_literal()
    {
        using var services = new OutboundCallTestServices(new Dictionary<string, string?>());
        using var client = services.CreateClient();

        var exception = await Should.ThrowAsync<OutboundCallException>(client.GetAsync($"http://[::ffff:127.0.0.1]:{_server.Port}/ok"));

        exception.Code.ShouldBe(OutboundCallsErrorCodes.AddressNotAllowed);
        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_localhost_at_connect_time_once_resolved_to_loopback()
    {
        using var services = new OutboundCallTestServices(new Dictionary<string, string?>());
        using var client = services.CreateClient();

        var exception = await Should.ThrowAsync<OutboundCallException>(client.GetAsync($"http://localhost:{_server.Port}/ok"));

        exception.Code.ShouldBe(OutboundCallsErrorCodes.AddressNotAllowed);
        exception.Host.ShouldBe("localhost");
        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_at_connect_time_a_name_that_passed_when_saved_but_now_resolves_to_loopback()
    {
        using var services = new OutboundCallTestServices(
            new Dictionary<string, string?>(),
            new StaticDnsResolver(new Dictionary<string, string[]> { ["notify.merchant.example"] = ["127.0.0.1"] }));
        var url = $"http://notify.merchant.example:{_server.Port}/ok";
        services.Validator.ValidateUrl(url);
        using var client = services.CreateClient();

        var exception = await Should.ThrowAsync<OutboundCallException>(client.GetAsync(url));

        exception.Code.ShouldBe(OutboundCallsErrorCodes.AddressNotAllowed);
        exception.Host.ShouldBe("notify.merchant.example");
        exception.Message.ShouldContain("notify.merchant.example");
        exception.Message.ShouldNotContain("127.0.0.1");
        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_connect_only_to_the_allowed_one_of_several_resolved_addresses()
    {
        using var services = new OutboundCallTestServices(
            new Dictionary<string, string?> { ["OutboundCalls:AllowedTargets:0"] = "127.0.0.1" },
            new StaticDnsResolver(new Dictionary<string, string[]> { ["mixed.example"] = ["192.0.2.10", "127.0.0.1"] }));
        using var client = services.CreateClient();

        var answer = await client.GetStringAsync($"http://mixed.example:{_server.Port}/ok");

        answer.ShouldBe("hello");
    }

    [Fact]
    public async Task Should_call_an_allowed_host_name_whatever_internal_address_it_resolves_to()
    {
        using var services = new OutboundCallTestServices(
            new Dictionary<string, string?> { ["OutboundCalls:AllowedTargets:0"] = "simulator.internal" },
            new StaticDnsResolver(new Dictionary<string, string[]> { ["simulator.internal"] = ["127.0.0.1"] }));
        using var client = services.CreateClient();

        var answer = await client.GetStringAsync($"http://simulator.internal:{_server.Port}/ok");

        answer.ShouldBe("hello");
    }

    [Fact]
    public async Task Should_return_a_redirect_as_it_is_without_following_it()
    {
        using var services = AllowingLoopback();
        using var client = services.CreateClient();

        using var response = await client.GetAsync(_server.Url("/redirect"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldBe("/ok");
        _server.Requests.ShouldBe([$"127.0.0.1:{_server.Port} /redirect"]);
    }

    [Theory]
    [InlineData("/bytes/1000")]
    [InlineData("/stream/1000")]
    public async Task Should_read_an_answer_exactly_as_large_as_the_cap(string path)
    {
        using var services = AllowingLoopback(("OutboundCalls:MaxResponseBytes", "1000"));
        using var client = services.CreateClient();

        var body = await client.GetByteArrayAsync(_server.Url(path));

        body.Length.ShouldBe(1000);
    }

    [Theory]
    [InlineData("/bytes/1001")]
    [InlineData("/stream/1001")]
    [InlineData("/stream/50000")]
    public async Task Should_fail_an_answer_larger_than_the_cap_whether_announced_or_streamed(string path)
    {
        using var services = AllowingLoopback(("OutboundCalls:MaxResponseBytes", "1000"));
        using var client = services.CreateClient();

        var exception = await Should.ThrowAsync<OutboundCallException>(client.GetAsync(_server.Url(path)));

        exception.Code.ShouldBe(OutboundCallsErrorCodes.ResponseTooLarge);
        exception.HttpRequestError.ShouldBe(HttpRequestError.ConfigurationLimitExceeded);
        exception.Message.ShouldContain("1000 bytes");
    }

    [Fact]
    public async Task Should_fail_a_streamed_read_once_it_passes_the_cap()
    {
        using var services = AllowingLoopback(("OutboundCalls:MaxResponseBytes", "1000"));
        using var client = services.CreateClient();
        using var response = await client.GetAsync(_server.Url("/stream/5000"), HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();

        var exception = await Should.ThrowAsync<OutboundCallException>(body.CopyToAsync(Stream.Null));

        exception.Code.ShouldBe(OutboundCallsErrorCodes.ResponseTooLarge);
    }

    [Fact]
    public async Task Should_time_out_an_answer_that_does_not_come()
    {
        using var services = AllowingLoopback(("OutboundCalls:Timeout", "00:00:05"));
        using var client = services.CreateClient();
        var call = client.GetAsync(_server.Url("/slow"));
        await _server.ArrivalOf("/slow");

        services.Clock.Advance(TimeSpan.FromSeconds(5));

        var exception = await Cancellations.CatchAsync(call);
        exception.ShouldBeOfType<TaskCanceledException>().InnerException.ShouldBeOfType<TimeoutException>();
        exception.Message.ShouldBe("'127.0.0.1' did not answer in time.");
    }

    [Fact]
    public async Task Should_time_out_a_body_that_trickles_past_the_deadline()
    {
        using var services = AllowingLoopback(("OutboundCalls:Timeout", "00:00:05"));
        using var client = services.CreateClient();
        using var response = await client.GetAsync(_server.Url("/trickle"), HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        await _server.ArrivalOf("/trickle");
        var read = body.CopyToAsync(Stream.Null);

        services.Clock.Advance(TimeSpan.FromSeconds(5));

        var exception = await Cancellations.CatchAsync(read);
        exception.ShouldBeOfType<TaskCanceledException>().InnerException.ShouldBeOfType<TimeoutException>();
    }

    [Fact]
    public async Task Should_not_time_out_before_the_deadline_nor_call_the_callers_cancellation_a_timeout()
    {
        using var services = AllowingLoopback(("OutboundCalls:Timeout", "00:00:05"));
        using var client = services.CreateClient();
        using var cancellation = new CancellationTokenSource();
        var call = client.GetAsync(_server.Url("/slow"), cancellation.Token);
        await _server.ArrivalOf("/slow");

        services.Clock.Advance(TimeSpan.FromSeconds(4.9));
        call.IsCompleted.ShouldBeFalse();
        await cancellation.CancelAsync();

        var exception = await Cancellations.CatchAsync(call);
        exception.InnerException.ShouldNotBeOfType<TimeoutException>();
        exception.CancellationToken.ShouldBe(cancellation.Token);
    }

    [Theory]
    [InlineData("http://user:secret@127.0.0.1:{0}/ok")]
    [InlineData("ftp://127.0.0.1:{0}/ok")]
    public async Task Should_refuse_to_send_to_an_address_that_is_not_http_or_carries_credentials(string template)
    {
        using var services = AllowingLoopback();
        using var client = services.CreateClient();

        var exception = await Should.ThrowAsync<OutboundCallException>(client.GetAsync(string.Format(template, _server.Port)));

        exception.Code.ShouldBe(OutboundCallsErrorCodes.InvalidAddress);
        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public void Should_refuse_a_synchronous_send_rather_than_skip_the_deadline()
    {
        using var services = AllowingLoopback();
        using var client = services.CreateClient();

        Should.Throw<NotSupportedException>(() => client.Send(new HttpRequestMessage(HttpMethod.Get, _server.Url("/ok"))));
        _server.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_fail_as_HttpClient_fails_for_code_that_knows_only_HttpClient()
    {
        // A channel adapter never sees the domain: it catches what HttpClient throws, as the Alipay adapter does.
        using var services = new OutboundCallTestServices(new Dictionary<string, string?>());
        using var client = services.CreateClient();

        var refused = await Should.ThrowAsync<HttpRequestException>(client.GetAsync(_server.Url("/ok")));

        refused.HttpRequestError.ShouldBe(HttpRequestError.ConnectionError);
        refused.ShouldBeOfType<OutboundCallException>().Code.ShouldBe(OutboundCallsErrorCodes.AddressNotAllowed);
    }

    private static OutboundCallTestServices AllowingLoopback(params (string Key, string Value)[] settings)
    {
        var configuration = new Dictionary<string, string?> { ["OutboundCalls:AllowedTargets:0"] = "127.0.0.1" };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        return new OutboundCallTestServices(configuration);
    }
}
