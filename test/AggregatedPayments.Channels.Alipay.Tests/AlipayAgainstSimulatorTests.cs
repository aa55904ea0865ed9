using System.Text;
using AggregatedPayments.Channels.Alipay.Simulator;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Our adapter against the channel simulator, which implements the Alipay gateway with its own,
/// independent code: a shared misreading of the protocol would pass a fake but not this.
/// </summary>
public sealed class AlipayAgainstSimulatorTests : AlipaySimulatorTests
{
    [Fact]
    public async Task Should_be_paid_once_by_the_simulator_when_the_stored_request_is_sent_twice()
    {
        var instruction = Simulator.Instruction(1234);
        var request = Adapter.PrepareSubmit(instruction, Context);

        var first = await Adapter.SubmitAsync(request, Context, default);
        var again = await Adapter.SubmitAsync(request, Context, default);

        first.ShouldBeOfType<SubmitResult.Accepted>().State.ShouldBe(ChannelPayoutState.Succeeded);
        again.ShouldBeOfType<SubmitResult.Accepted>().ProviderReference.ShouldBe(((SubmitResult.Accepted)first).ProviderReference);
        var payout = (await Simulator.PayoutsAsync()).ShouldHaveSingleItem();
        payout.Key.ShouldBe(instruction.Key);
        payout.Amount.ShouldBe("12.34");
        payout.OrderId.ShouldBe(((SubmitResult.Accepted)first).ProviderReference);
    }

    [Fact]
    public async Task Should_find_the_payout_by_its_key_and_answer_not_found_for_a_key_never_used()
    {
        var instruction = Simulator.Instruction(5000);
        await Adapter.SubmitAsync(Adapter.PrepareSubmit(instruction, Context), Context, default);

        var found = await Adapter.QueryAsync(instruction.Key, instruction.Amount, Context, default);
        var missing = await Adapter.QueryAsync(Adapter.FormatKey(Guid.NewGuid()), instruction.Amount, Context, default);

        found.ShouldBeOfType<QueryResult.Found>().State.ShouldBe(ChannelPayoutState.Succeeded);
        missing.ShouldBeOfType<QueryResult.NotFound>();
    }

    [Fact]
    public async Task Should_have_a_request_with_a_one_byte_signing_bug_refused_and_nothing_paid()
    {
        var request = Adapter.PrepareSubmit(Simulator.Instruction(1234), Context);
        var body = Encoding.UTF8.GetString(request.Body);
        var broken = request with { Body = Encoding.UTF8.GetBytes(body.Replace("version=1.0", "version=1.1", StringComparison.Ordinal)) };

        var result = await Adapter.SubmitAsync(broken, Context, default);

        result.ShouldBeOfType<SubmitResult.Refused>().Error.SubCode.ShouldBe("isv.invalid-signature");
        (await Simulator.PayoutsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_read_the_balance_left_after_a_payout()
    {
        await Adapter.SubmitAsync(Adapter.PrepareSubmit(Simulator.Instruction(2500), Context), Context, default);

        var balance = await Adapter.QueryBalanceAsync("CNY", Context, default);

        balance.ShouldBeOfType<BalanceResult.Known>().Available.Minor.ShouldBe(100_000_00 - 2500);
    }
}
