using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>Callbacks the simulator's generic provider queued, taken from <c>/_sim/callbacks</c> and run through the adapter.</summary>
public sealed class GenericHttpCallbacksAgainstSimulatorTests : GenericSimulatorTestBase
{
    [Fact]
    public async Task Should_verify_and_parse_a_callback_taken_from_the_simulator()
    {
        var instruction = Instruction(1234);
        var accepted = (SubmitResult.Accepted)await SubmitAsync(instruction);

        var callback = (await CallbacksAsync()).ShouldHaveSingleItem();
        var result = Adapter.VerifyAndParse(callback.AsArrived(), Channel);

        callback.Target.ShouldBe(new Uri("https://platform.example/channels/notify/generic"));
        result.IsVerified.ShouldBeTrue();
        result.Event.ShouldBe(new NotificationEvent(instruction.Key, accepted.ProviderReference, ChannelPayoutState.Succeeded, instruction.Amount, null));
        result.Acknowledgement.ShouldBe(new NotificationAcknowledgement(200, "text/plain", "success"));
    }

    [Fact]
    public async Task Should_follow_a_pending_payout_through_its_callbacks_to_the_return()
    {
        var instruction = Instruction(800, PendingAccount);
        await SubmitAsync(instruction);
        await SettleAsync(instruction.Key, "ok");
        await SettleAsync(instruction.Key, "returned");

        var events = (await CallbacksAsync()).Select(c => Adapter.VerifyAndParse(c.AsArrived(), Channel).Event!).ToList();

        events.Select(e => e.State).ShouldBe([ChannelPayoutState.Processing, ChannelPayoutState.Succeeded, ChannelPayoutState.Returned]);
        events[^1].Failure!.Code.ShouldBe("RETURNED_BY_BENEFICIARY_BANK");
    }

    [Fact]
    public async Task Should_reject_a_callback_with_one_byte_changed_keeping_its_key_only_as_a_clue()
    {
        var instruction = Instruction(1234);
        await SubmitAsync(instruction);
        var arrived = (await CallbacksAsync()).ShouldHaveSingleItem().AsArrived();
        var body = arrived.Body.ToArray();
        body[body.AsSpan().IndexOf("\"12.34\""u8) + 5] = (byte)'5';

        var result = Adapter.VerifyAndParse(arrived with { Body = body }, Channel);

        Encoding.UTF8.GetString(body).ShouldContain("\"12.35\"");
        result.IsVerified.ShouldBeFalse();
        result.Event.ShouldBeNull();
        result.UnverifiedKey.ShouldBe(instruction.Key);
        result.Acknowledgement.StatusCode.ShouldBe(400);
    }

    [Fact]
    public async Task Should_reject_a_callback_checked_with_a_wrong_secret()
    {
        await SubmitAsync(Instruction(1234));
        var arrived = (await CallbacksAsync()).ShouldHaveSingleItem().AsArrived();

        var result = Adapter.VerifyAndParse(arrived, Context(secret: GenericSimulatorHost.Secret + "!"));

        result.IsVerified.ShouldBeFalse();
        result.Event.ShouldBeNull();
    }

    [Fact]
    public async Task Should_reject_a_stale_callback_whose_signature_is_right()
    {
        await SubmitAsync(Instruction(1234));
        var arrived = (await CallbacksAsync()).ShouldHaveSingleItem().AsArrived();
        var later = new FakeTimeProvider(DateTimeOffset.UtcNow.AddSeconds(301));

        var stale = Adapter.VerifyAndParse(arrived, Context(clock: later));
        var fresh = Adapter.VerifyAndParse(arrived, Channel);

        stale.IsVerified.ShouldBeFalse();
        stale.Event.ShouldBeNull();
        fresh.IsVerified.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_reject_another_merchants_callback_verified_with_this_merchants_secret()
    {
        var merchantB = Context(merchant: GenericSimulatorHost.OtherMerchant, secret: GenericSimulatorHost.OtherSecret);
        await Adapter.SubmitAsync(Adapter.PrepareSubmit(Instruction(1234), merchantB), merchantB, default);
        var arrived = (await CallbacksAsync()).ShouldHaveSingleItem().AsArrived();

        var asMerchantA = Adapter.VerifyAndParse(arrived, Channel);
        var asMerchantB = Adapter.VerifyAndParse(arrived, merchantB);

        asMerchantA.IsVerified.ShouldBeFalse();
        asMerchantA.Event.ShouldBeNull();
        asMerchantB.IsVerified.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_give_the_same_event_and_acknowledgement_for_a_duplicated_callback()
    {
        await PostAsync("/_sim/callbacks/settings", new { channel = "generic", duplicatePercent = 100, seed = 3 });
        await SubmitAsync(Instruction(1234));

        var callbacks = await CallbacksAsync();
        var results = callbacks.Select(c => Adapter.VerifyAndParse(c.AsArrived(), Channel)).ToList();

        callbacks.Count.ShouldBe(2);
        callbacks[1].BodyBase64.ShouldBe(callbacks[0].BodyBase64);
        results.ShouldAllBe(r => r.IsVerified);
        results[1].Event.ShouldBe(results[0].Event);
        results[1].Acknowledgement.ShouldBe(results[0].Acknowledgement);
        (await PayoutsAsync()).ShouldHaveSingleItem();
    }

    private async Task<List<SimulatorCallback>> CallbacksAsync() =>
        (await Http.GetFromJsonAsync<List<SimulatorCallback>>("/_sim/callbacks"))!;
}
