using System.Net;
using System.Net.Http.Json;
using System.Text;
using AggregatedPayments.ChannelSimulator.Alipay;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.ChannelSimulator.Callbacks;

public sealed class CallbackEndpointsTests : IDisposable
{
    private readonly RecordingHandler merchant = new();
    private readonly AlipaySimulatorFactory root = new();
    private readonly Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory;
    private readonly HttpClient http;

    public CallbackEndpointsTests()
    {
        factory = root.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddHttpClient(CallbackDelivery.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => merchant)));
        http = factory.CreateClient();
    }

    private CallbackOutbox Outbox => factory.Services.GetRequiredService<CallbackOutbox>();

    public void Dispose()
    {
        factory.Dispose();
        root.Dispose();
    }

    [Fact]
    public async Task Should_list_due_callbacks_with_their_wire_form_and_remove_them()
    {
        Outbox.Enqueue(new PendingCallback(
            "alipay", "K1", new Uri("http://merchant.test/notify"), "application/x-www-form-urlencoded; charset=utf-8",
            new Dictionary<string, string> { ["X-Trace"] = "t1" }, Encoding.UTF8.GetBytes("a=1&b=2")));

        var peeked = await http.GetFromJsonAsync<List<CallbackItem>>("/_sim/callbacks?peek=true");
        var taken = await http.GetFromJsonAsync<List<CallbackItem>>("/_sim/callbacks");
        var after = await http.GetFromJsonAsync<List<CallbackItem>>("/_sim/callbacks");

        var item = taken.ShouldHaveSingleItem();
        peeked.ShouldHaveSingleItem().Id.ShouldBe(item.Id);
        item.Channel.ShouldBe("alipay");
        item.Key.ShouldBe("K1");
        item.Target.ShouldBe(new Uri("http://merchant.test/notify"));
        item.ContentType.ShouldBe("application/x-www-form-urlencoded; charset=utf-8");
        item.Headers["X-Trace"].ShouldBe("t1");
        Encoding.UTF8.GetString(Convert.FromBase64String(item.BodyBase64)).ShouldBe("a=1&b=2");
        after.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_post_each_due_callback_to_its_target_with_its_bytes_and_headers()
    {
        Outbox.Enqueue(new PendingCallback(
            "alipay", "K1", new Uri("http://merchant.test/notify"), "application/x-www-form-urlencoded; charset=utf-8",
            new Dictionary<string, string> { ["X-Trace"] = "t1" }, Encoding.UTF8.GetBytes("a=1&b=%E4%BD%A3")));

        var outcomes = await DeliverAsync();

        var outcome = outcomes.ShouldHaveSingleItem();
        outcome.StatusCode.ShouldBe(200);
        outcome.ResponseBody.ShouldBe("success");
        var received = merchant.Received.ShouldHaveSingleItem();
        received.Method.ShouldBe(HttpMethod.Post);
        received.Target.ShouldBe(new Uri("http://merchant.test/notify"));
        received.Headers["Content-Type"].ShouldBe("application/x-www-form-urlencoded; charset=utf-8");
        received.Headers["X-Trace"].ShouldBe("t1");
        Encoding.UTF8.GetString(received.Body).ShouldBe("a=1&b=%E4%BD%A3");
        (await DeliverAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_keep_a_callback_the_target_refused_for_the_next_round()
    {
        Outbox.Enqueue(CallbackOutboxTests.Callback("K1", "SUCCESS"));
        merchant.Answer = HttpStatusCode.InternalServerError;

        var refused = await DeliverAsync();
        merchant.Answer = HttpStatusCode.OK;
        var retried = await DeliverAsync();

        refused.ShouldHaveSingleItem().StatusCode.ShouldBe(500);
        retried.ShouldHaveSingleItem().Id.ShouldBe(refused[0].Id);
        retried[0].StatusCode.ShouldBe(200);
        merchant.Received.Count.ShouldBe(2);
        (await DeliverAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_apply_the_posted_knobs_and_forget_them_on_reset()
    {
        (await http.PostAsJsonAsync("/_sim/callbacks/settings", new { channel = "alipay", duplicatePercent = 100, seed = 3 })).EnsureSuccessStatusCode();
        Outbox.Enqueue(CallbackOutboxTests.Callback("K1", "SUCCESS"));

        var duplicated = await http.GetFromJsonAsync<List<CallbackItem>>("/_sim/callbacks?peek=true");
        (await http.PostAsync("/_sim/reset", null)).EnsureSuccessStatusCode();
        Outbox.Enqueue(CallbackOutboxTests.Callback("K2", "SUCCESS"));
        var afterReset = await http.GetFromJsonAsync<List<CallbackItem>>("/_sim/callbacks");

        duplicated!.Count.ShouldBe(2);
        afterReset.ShouldHaveSingleItem().Key.ShouldBe("K2");
        (await http.GetFromJsonAsync<List<object>>("/_sim/callbacks/settings")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_knobs_that_add_up_to_more_than_everything()
    {
        var response = await http.PostAsJsonAsync("/_sim/callbacks/settings", new { channel = "alipay", latePercent = 70, outOfOrderPercent = 40 });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private async Task<List<DeliveryOutcome>> DeliverAsync()
    {
        var response = await http.PostAsync("/_sim/callbacks/deliver", null);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<List<DeliveryOutcome>>())!;
    }
}
