using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Sandbox;

public class SandboxIdempotencyTests
{
    private readonly SandboxScenario _sandbox = new();

    public SandboxIdempotencyTests() => _sandbox.Fund(100_000);

    [Fact]
    public async Task Should_answer_a_resend_of_the_same_bytes_from_the_first_payout_and_pay_once()
    {
        var stored = _sandbox.Prepare(SandboxScenario.Instruction(12_000));

        var first = await _sandbox.SendAsync(stored);
        var resend = await _sandbox.SendAsync(stored with { Body = [.. stored.Body] });

        resend.ShouldBe(first);
        first.ShouldBeOfType<SubmitResult.Accepted>().State.ShouldBe(ChannelPayoutState.Succeeded);
        _sandbox.Ledger.PaymentLog.Count(p => p.Key == stored.Key).ShouldBe(1);
        (await _sandbox.BalanceAsync()).Available.ShouldBe(SandboxScenario.Cny(88_000));
    }

    [Fact]
    public async Task Should_treat_the_same_key_with_other_bytes_as_a_key_clash_and_pay_nothing_more()
    {
        var key = Guid.NewGuid().ToString("N");
        await _sandbox.PayAsync(SandboxScenario.Instruction(12_000, key));

        var clash = await _sandbox.PayAsync(SandboxScenario.Instruction(12_001, key));

        // Unknown, not Refused: the clash says nothing about the first request, only a query may settle it.
        clash.ShouldBeOfType<SubmitResult.Unknown>().Error!.Code.ShouldBe(SandboxErrorCodes.KeyReusedWithDifferentParameters);
        _sandbox.Ledger.PaymentLog.Single(p => p.Key == key).Amount.ShouldBe(SandboxScenario.Cny(12_000));
        (await _sandbox.BalanceAsync()).Available.ShouldBe(SandboxScenario.Cny(88_000));
    }

    [Fact]
    public async Task Should_pay_once_when_the_same_request_arrives_200_times_at_once()
    {
        var stored = _sandbox.Prepare(SandboxScenario.Instruction(100));

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => _sandbox.SendAsync(stored))));

        results.ShouldAllBe(r => r is SubmitResult.Accepted);
        results.Select(r => ((SubmitResult.Accepted)r).ProviderReference).Distinct().Count().ShouldBe(1);
        _sandbox.Ledger.PaymentLog.Count.ShouldBe(1);
        (await _sandbox.BalanceAsync()).Available.ShouldBe(SandboxScenario.Cny(99_900));
    }

    [Fact]
    public async Task Should_prepare_the_same_bytes_for_the_same_instruction()
    {
        var instruction = SandboxScenario.Instruction(12_000);

        _sandbox.Prepare(instruction).Body.ShouldBe(_sandbox.Prepare(instruction).Body);
        (await _sandbox.PayAsync(instruction)).ShouldBeOfType<SubmitResult.Accepted>();
    }

    [Fact]
    public async Task Should_keep_each_merchants_keys_and_money_apart()
    {
        var other = new SandboxScenario(_sandbox.Adapter, "merchant-b");
        other.Fund(500);
        var key = Guid.NewGuid().ToString("N");
        await _sandbox.PayAsync(SandboxScenario.Instruction(300, key));

        var otherResult = await other.PayAsync(SandboxScenario.Instruction(400, key));

        otherResult.ShouldBeOfType<SubmitResult.Accepted>();
        (await other.BalanceAsync()).Available.ShouldBe(SandboxScenario.Cny(100));
        (await _sandbox.BalanceAsync()).Available.ShouldBe(SandboxScenario.Cny(99_700));
    }
}
