using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AggregatedPayments.ChannelSimulator.Callbacks;
using Shouldly;
using Xunit;

namespace AggregatedPayments.ChannelSimulator.GenericHttp;

public sealed class GenericCallbackTests : IDisposable
{
    private readonly GenericSimulatorFactory factory = new();
    private readonly GenericTestClient client;

    public GenericCallbackTests()
    {
        client = new GenericTestClient(factory.CreateClient());
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Should_queue_a_signed_callback_for_every_state_change_of_a_payout()
    {
        await client.CallAsync("/generic/payout", GenericTestClient.PayoutBody("K9", "10.00", account: "6222000000000009"));
        await client.SettleAsync("K9", "ok");
        await client.SettleAsync("K9", "returned");

        var callbacks = (await client.Http.GetFromJsonAsync<List<CallbackItem>>("/_sim/callbacks"))!;

        callbacks.Select(c => (c.Channel, c.Key, c.Target.ToString())).Distinct().ShouldHaveSingleItem()
            .ShouldBe(("generic", "K9", "https://platform.example/notify/generic"));
        callbacks.Select(c => State(c)).ShouldBe(["pending", "ok", "returned"]);
        foreach (var callback in callbacks)
        {
            var body = Encoding.UTF8.GetString(Convert.FromBase64String(callback.BodyBase64));
            var timestamp = callback.Headers["X-GP-Timestamp"];
            callback.Headers["X-GP-Merchant"].ShouldBe(GenericSimulatorFactory.Merchant);
            callback.Headers["X-GP-Signature"].ShouldBe(GenericTestClient.Hmac(GenericSimulatorFactory.Secret, $"{timestamp}\n{body}"));
        }
    }

    [Fact]
    public async Task Should_send_no_callback_for_a_refused_payout_or_one_without_a_callback_url()
    {
        await client.CallAsync("/generic/payout", GenericTestClient.PayoutBody("K1", "1.00", account: "6222000000000001"));
        await client.CallAsync("/generic/payout", """{"order_ref":"K2","pay_amount":"1.00","currency_code":"CNY","beneficiary_account":"6222020200112233445","beneficiary_name":"李四"}""");

        (await client.Http.GetFromJsonAsync<List<CallbackItem>>("/_sim/callbacks"))!.ShouldBeEmpty();
        (await client.PayoutsAsync()).ShouldHaveSingleItem().Key.ShouldBe("K2");
    }

    private static string State(CallbackItem callback)
    {
        using var document = JsonDocument.Parse(Convert.FromBase64String(callback.BodyBase64));
        return document.RootElement.GetProperty("result").GetProperty("state").GetString()!;
    }
}
