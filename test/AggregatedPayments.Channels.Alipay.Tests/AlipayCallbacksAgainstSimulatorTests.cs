using System.Security.Cryptography;
using System.Text;
using AggregatedPayments.Channels.Alipay.Simulator;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// The order-changed messages the simulator sends, fed to our notification parser exactly as they
/// would arrive: genuine ones give an event and <c>success</c>, anything forged, stale or meant
/// for another merchant gives no event and an answer that makes Alipay retry.
/// </summary>
public sealed class AlipayCallbacksAgainstSimulatorTests() : AlipaySimulatorTests(AlipayProductCodes.ToBankCard)
{
    [Fact]
    public async Task Should_follow_a_bank_card_transfer_from_dealing_to_a_verified_success_message()
    {
        var instruction = BankCardInstruction(2000);
        var accepted = await Adapter.SubmitAsync(Adapter.PrepareSubmit(instruction, Context), Context, default);
        var processing = await Adapter.QueryAsync(instruction.Key, instruction.Amount, Context, default);
        var dealingMessage = (await Simulator.TakeCallbacksAsync()).ShouldHaveSingleItem();

        await Simulator.SettleAsync(instruction.Key, "SUCCESS");

        var successMessage = (await Simulator.TakeCallbacksAsync()).ShouldHaveSingleItem();
        var result = Adapter.VerifyAndParse(successMessage.AsRequest(), Context);
        var settled = await Adapter.QueryAsync(instruction.Key, instruction.Amount, Context, default);

        accepted.ShouldBeOfType<SubmitResult.Accepted>().State.ShouldBe(ChannelPayoutState.Processing);
        processing.ShouldBeOfType<QueryResult.Found>().State.ShouldBe(ChannelPayoutState.Processing);
        Adapter.VerifyAndParse(dealingMessage.AsRequest(), Context).Event!.State.ShouldBe(ChannelPayoutState.Processing);
        successMessage.Target.ShouldBe(new Uri(AlipaySimulatorSession.NotifyUrl));
        result.IsVerified.ShouldBeTrue();
        result.Acknowledgement.ShouldBe(new NotificationAcknowledgement(200, "text/plain", "success"));
        result.Event.ShouldBe(new NotificationEvent(
            instruction.Key, ((SubmitResult.Accepted)accepted).ProviderReference, ChannelPayoutState.Succeeded, instruction.Amount, null));
        settled.ShouldBeOfType<QueryResult.Found>().State.ShouldBe(ChannelPayoutState.Succeeded);
        (await Simulator.PayoutsAsync()).ShouldHaveSingleItem().Key.ShouldBe(instruction.Key);
    }

    [Fact]
    public async Task Should_report_a_bank_return_after_success_as_returned()
    {
        var instruction = await PayAndSettleAsync(3000);
        await Simulator.TakeCallbacksAsync();
        await Simulator.SettleAsync(instruction.Key, "REFUND");

        var refund = (await Simulator.TakeCallbacksAsync()).ShouldHaveSingleItem();

        Adapter.VerifyAndParse(refund.AsRequest(), Context).Event!.State.ShouldBe(ChannelPayoutState.Returned);
        (await Adapter.QueryAsync(instruction.Key, instruction.Amount, Context, default))
            .ShouldBeOfType<QueryResult.Found>().State.ShouldBe(ChannelPayoutState.Returned);
    }

    [Fact]
    public async Task Should_reject_a_message_re_signed_with_another_key()
    {
        await PayAndSettleAsync(2000);
        var genuine = (await Simulator.TakeCallbacksAsync()).ShouldHaveSingleItem();
        using var forger = RSA.Create(2048);

        var result = Adapter.VerifyAndParse(genuine.AsRequest(ReSign(genuine.Body, forger)), Context);

        Refused(result);
    }

    [Fact]
    public async Task Should_reject_a_message_with_one_byte_changed()
    {
        await PayAndSettleAsync(2000);
        var genuine = (await Simulator.TakeCallbacksAsync()).ShouldHaveSingleItem();
        var text = Encoding.UTF8.GetString(genuine.Body);
        var at = text.IndexOf("20.00", StringComparison.Ordinal);
        at.ShouldBeGreaterThan(0);
        var tampered = (byte[])genuine.Body.Clone();
        tampered[at] = (byte)'9';

        var result = Adapter.VerifyAndParse(genuine.AsRequest(tampered), Context);

        Refused(result);
    }

    [Fact]
    public async Task Should_reject_a_genuine_message_that_arrives_after_the_window()
    {
        await PayAndSettleAsync(2000);
        var genuine = (await Simulator.TakeCallbacksAsync()).ShouldHaveSingleItem();
        var later = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMinutes(11));

        var result = Adapter.VerifyAndParse(genuine.AsRequest(), await Simulator.ContextAsync(AlipayProductCodes.ToBankCard, clock: later));

        Refused(result);
    }

    [Fact]
    public async Task Should_reject_a_genuine_message_for_another_merchants_app()
    {
        await PayAndSettleAsync(2000);
        var genuine = (await Simulator.TakeCallbacksAsync()).ShouldHaveSingleItem();
        var otherMerchant = await Simulator.ContextAsync(AlipayProductCodes.ToBankCard, appId: "2021000000009999");

        var result = Adapter.VerifyAndParse(genuine.AsRequest(), otherMerchant);

        Refused(result);
    }

    [Fact]
    public async Task Should_answer_a_duplicated_message_with_the_same_event_and_acknowledgement()
    {
        await Simulator.SetCallbackKnobsAsync(new { channel = "alipay", duplicatePercent = 100, seed = 2 });
        await PayAndSettleAsync(2000);

        var copies = await Simulator.TakeCallbacksAsync();

        copies.Count.ShouldBe(2);
        copies[0].Body.ShouldBe(copies[1].Body);
        var first = Adapter.VerifyAndParse(copies[0].AsRequest(), Context);
        var second = Adapter.VerifyAndParse(copies[1].AsRequest(), Context);
        first.IsVerified.ShouldBeTrue();
        second.ShouldBe(first);
        second.Acknowledgement.Body.ShouldBe("success");
    }

    private static void Refused(NotificationResult result)
    {
        result.IsVerified.ShouldBeFalse();
        result.Event.ShouldBeNull();
        result.Acknowledgement.Body.ShouldNotBe("success");
    }

    private PayoutInstruction BankCardInstruction(long fen) =>
        Simulator.Instruction(fen, AlipaySimulatorSession.BankCard(), AlipaySimulatorSession.NotifyUrl);

    /// <summary>Pays to a card, settles it as SUCCESS, and leaves only the SUCCESS message queued.</summary>
    private async Task<PayoutInstruction> PayAndSettleAsync(long fen)
    {
        var instruction = BankCardInstruction(fen);
        await Adapter.SubmitAsync(Adapter.PrepareSubmit(instruction, Context), Context, default);
        await Simulator.TakeCallbacksAsync();
        await Simulator.SettleAsync(instruction.Key, "SUCCESS");
        return instruction;
    }

    /// <summary>The same form, signed by the V1 rule with a key that is not Alipay's.</summary>
    private static byte[] ReSign(byte[] body, RSA key)
    {
        var fields = AlipayFormEncoding.Decode(body).Where(f => f.Key != "sign").ToList();
        var content = string.Join('&', fields
            .Where(f => f.Key != "sign_type" && f.Value.Length > 0)
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.Key + "=" + f.Value));
        var sign = Convert.ToBase64String(key.SignData(Encoding.UTF8.GetBytes(content), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        return AlipayFormEncoding.Encode(fields.Append(new KeyValuePair<string, string>("sign", sign)));
    }
}
