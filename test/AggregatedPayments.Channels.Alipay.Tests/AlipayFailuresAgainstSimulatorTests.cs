using AggregatedPayments.Channels.Alipay.Simulator;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Refusals, timeouts and lost answers against the simulator, each checked against what the
/// simulator actually paid: a key is never paid twice and never replaced by a new one.
/// </summary>
public sealed class AlipayFailuresAgainstSimulatorTests : AlipaySimulatorTests
{
    private const string GatewayPath = "/alipay/gateway.do";

    [Theory]
    [InlineData("2088notexist0001", "张三", 100, "PAYEE_NOT_EXIST")]
    [InlineData("2088102000000002", "mismatch 张三", 100, "PAYEE_USER_INFO_ERROR")]
    [InlineData("2088102000000002", "张三", 100_000_01, "PAYER_BALANCE_NOT_ENOUGH")]
    public async Task Should_pass_a_definite_refusal_on_raw_and_pay_nothing(string account, string name, long fen, string subCode)
    {
        var instruction = Simulator.Instruction(fen, new Payee(account, name, PayeeAccountType.ProviderUserId));

        var result = await Adapter.SubmitAsync(Adapter.PrepareSubmit(instruction, Context), Context, default);
        var query = await Adapter.QueryAsync(instruction.Key, instruction.Amount, Context, default);

        var error = result.ShouldBeOfType<SubmitResult.Refused>().Error;
        error.Code.ShouldBe("40004");
        error.SubCode.ShouldBe(subCode);
        var entry = SeededErrorDictionary.Find(AlipayChannelAdapter.ProviderName, subCode).ShouldNotBeNull();
        entry.IsFinal.ShouldBeTrue();
        entry.IsNeverAccepted.ShouldBeTrue();
        query.ShouldBeOfType<QueryResult.NotFound>();
        (await Simulator.PayoutsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_resolve_a_timeout_by_query_and_resend_the_same_key_and_bytes_only_after_not_found()
    {
        var instruction = Simulator.Instruction(880);
        var stored = Adapter.PrepareSubmit(instruction, Context);
        await Simulator.SetFaultsAsync(new { path = GatewayPath, timeoutPercent = 100, seed = 1 });
        using var impatient = Simulator.ImpatientClient(TimeSpan.FromMilliseconds(500));

        var timedOut = await Adapter.SubmitAsync(stored, await Simulator.ContextAsync(http: impatient), default);
        await Simulator.SetFaultsAsync(new { path = GatewayPath, seed = 1 });
        var notFound = await Adapter.QueryAsync(instruction.Key, instruction.Amount, Context, default);
        var resent = await Adapter.SubmitAsync(stored, Context, default);
        var found = await Adapter.QueryAsync(instruction.Key, instruction.Amount, Context, default);

        timedOut.ShouldBeOfType<SubmitResult.Unknown>();
        notFound.ShouldBeOfType<QueryResult.NotFound>();
        resent.ShouldBeOfType<SubmitResult.Accepted>();
        found.ShouldBeOfType<QueryResult.Found>().State.ShouldBe(ChannelPayoutState.Succeeded);
        var payout = (await Simulator.PayoutsAsync()).ShouldHaveSingleItem();
        payout.Key.ShouldBe(instruction.Key);
        payout.Amount.ShouldBe("8.80");
    }

    [Fact]
    public async Task Should_find_by_query_a_payout_whose_answer_came_after_the_timeout()
    {
        var instruction = Simulator.Instruction(1500);
        await Simulator.SetFaultsAsync(new { path = GatewayPath, successAfterTimeoutPercent = 100, seed = 1 });
        using var impatient = Simulator.ImpatientClient(TimeSpan.FromMilliseconds(500));

        var timedOut = await Adapter.SubmitAsync(Adapter.PrepareSubmit(instruction, Context), await Simulator.ContextAsync(http: impatient), default);
        await Simulator.SetFaultsAsync(new { path = GatewayPath, seed = 1 });
        var found = await Adapter.QueryAsync(instruction.Key, instruction.Amount, Context, default);

        timedOut.ShouldBeOfType<SubmitResult.Unknown>();
        var result = found.ShouldBeOfType<QueryResult.Found>();
        result.State.ShouldBe(ChannelPayoutState.Succeeded);
        result.Amount.ShouldBe(instruction.Amount);
        var payout = (await Simulator.PayoutsAsync()).ShouldHaveSingleItem();
        payout.Key.ShouldBe(instruction.Key);
        payout.OrderId.ShouldBe(result.ProviderReference);
    }

    [Fact]
    public async Task Should_leave_a_lost_answer_unknown_and_let_a_query_find_the_single_payout()
    {
        var instruction = Simulator.Instruction(700);
        await Simulator.SetFaultsAsync(new { path = GatewayPath, lostAnswerPercent = 100, seed = 7 });
        var lost = await Adapter.SubmitAsync(Adapter.PrepareSubmit(instruction, Context), Context, default);
        await Simulator.SetFaultsAsync(new { path = GatewayPath, seed = 7 });

        var found = await Adapter.QueryAsync(instruction.Key, instruction.Amount, Context, default);

        lost.ShouldBeOfType<SubmitResult.Unknown>();
        found.ShouldBeOfType<QueryResult.Found>().State.ShouldBe(ChannelPayoutState.Succeeded);
        (await Simulator.PayoutsAsync()).ShouldHaveSingleItem().Key.ShouldBe(instruction.Key);
    }

    [Fact]
    public async Task Should_pay_once_when_the_same_key_and_bytes_are_resent_after_a_lost_answer()
    {
        var instruction = Simulator.Instruction(4321);
        var stored = Adapter.PrepareSubmit(instruction, Context);
        await Simulator.SetFaultsAsync(new { path = GatewayPath, lostAnswerPercent = 100, seed = 7 });
        var lost = await Adapter.SubmitAsync(stored, Context, default);
        await Simulator.SetFaultsAsync(new { path = GatewayPath, seed = 7 });

        var resent = await Adapter.SubmitAsync(stored, Context, default);

        lost.ShouldBeOfType<SubmitResult.Unknown>();
        var accepted = resent.ShouldBeOfType<SubmitResult.Accepted>();
        accepted.State.ShouldBe(ChannelPayoutState.Succeeded);
        var payout = (await Simulator.PayoutsAsync()).ShouldHaveSingleItem();
        payout.Key.ShouldBe(instruction.Key);
        payout.OrderId.ShouldBe(accepted.ProviderReference);
    }

    [Fact]
    public async Task Should_not_take_a_resend_with_other_bytes_under_a_paid_key_as_a_refusal_that_frees_the_key()
    {
        var instruction = Simulator.Instruction(1000);
        await Adapter.SubmitAsync(Adapter.PrepareSubmit(instruction, Context), Context, default);
        var changed = Adapter.PrepareSubmit(instruction with { Amount = new ChannelAmount(1001, "CNY", 2) }, Context);

        var result = await Adapter.SubmitAsync(changed, Context, default);

        var error = result.ShouldBeOfType<SubmitResult.Refused>().Error;
        error.SubCode.ShouldBe("PAYMENT_INFO_INCONSISTENCY");
        var entry = SeededErrorDictionary.Find(AlipayChannelAdapter.ProviderName, error.SubCode!).ShouldNotBeNull();
        entry.IsFinal.ShouldBeFalse();
        (await Simulator.PayoutsAsync()).ShouldHaveSingleItem().Amount.ShouldBe("10.00");
    }
}
