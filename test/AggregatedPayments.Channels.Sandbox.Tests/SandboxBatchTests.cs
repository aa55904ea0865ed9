using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Sandbox;

/// <summary>The sandbox's batch payout: idempotent by batch key, items under their own keys and the sandbox's usual rules.</summary>
public class SandboxBatchTests
{
    private readonly SandboxScenario _sandbox = new();

    public SandboxBatchTests()
    {
        _sandbox.Values[SandboxParameterNames.FailAmountEndings] = "13=PAYEE_BANK_REFUSED";
        _sandbox.Values[SandboxParameterNames.FailAccountPattern] = "^6666";
        _sandbox.Fund(100_000);
    }

    private static string NewKey() => Guid.NewGuid().ToString("N");

    private StoredRequest Prepare(string batchKey, params PayoutInstruction[] items) => _sandbox.Adapter.PrepareBatch(batchKey, items, _sandbox.Context);

    private Task<BatchSubmitResult> SendAsync(StoredRequest request) => _sandbox.Adapter.SubmitBatchAsync(request, _sandbox.Context, CancellationToken.None);

    [Fact]
    public async Task Should_pay_each_item_once_under_its_own_key_and_answer_a_resend_of_the_same_bytes_alike()
    {
        PayoutInstruction[] items = [SandboxScenario.Instruction(1_000), SandboxScenario.Instruction(2_000), SandboxScenario.Instruction(3_000)];
        var stored = Prepare(NewKey(), items);

        var first = await SendAsync(stored);
        var resend = await SendAsync(stored with { Body = [.. stored.Body] });

        var answered = first.ShouldBeOfType<BatchSubmitResult.Accepted>().Items;
        answered.Select(i => i.Key).ShouldBe(items.Select(i => i.Key));
        answered.Select(i => (i.Result as SubmitResult.Accepted)?.State).ShouldAllBe(s => s == ChannelPayoutState.Succeeded);
        resend.ShouldBeOfType<BatchSubmitResult.Accepted>().Items.ShouldBe(answered);
        _sandbox.Ledger.PaymentLog.Select(p => p.Key).ShouldBe(items.Select(i => i.Key));
        (await _sandbox.BalanceAsync()).Available.ShouldBe(SandboxScenario.Cny(94_000));
        foreach (var item in items)
        {
            (await _sandbox.QueryAsync(item)).ShouldBeOfType<QueryResult.Found>().State.ShouldBe(ChannelPayoutState.Succeeded);
        }
    }

    [Fact]
    public async Task Should_treat_the_same_batch_key_with_other_bytes_as_a_key_clash_and_pay_nothing_more()
    {
        var batchKey = NewKey();
        await SendAsync(Prepare(batchKey, SandboxScenario.Instruction(1_000)));

        var clash = await SendAsync(Prepare(batchKey, SandboxScenario.Instruction(1_000), SandboxScenario.Instruction(2_000)));

        clash.ShouldBeOfType<BatchSubmitResult.Unknown>().Error!.Code.ShouldBe(SandboxErrorCodes.KeyReusedWithDifferentParameters);
        _sandbox.Ledger.PaymentLog.Count.ShouldBe(1);
        (await _sandbox.BalanceAsync()).Available.ShouldBe(SandboxScenario.Cny(99_000));
    }

    [Fact]
    public async Task Should_apply_the_single_payout_rules_to_each_item()
    {
        var good = SandboxScenario.Instruction(1_000);
        var badAccount = SandboxScenario.Instruction(2_000, account: "6666000000000001");
        var failsLater = SandboxScenario.Instruction(3_013);
        var tooMuch = SandboxScenario.Instruction(500_000);

        var result = await SendAsync(Prepare(NewKey(), good, badAccount, failsLater, tooMuch));

        var items = result.ShouldBeOfType<BatchSubmitResult.Accepted>().Items.ToDictionary(i => i.Key, i => i.Result);
        items[good.Key].ShouldBeOfType<SubmitResult.Accepted>().State.ShouldBe(ChannelPayoutState.Succeeded);
        items[badAccount.Key].ShouldBeOfType<SubmitResult.Refused>().Error.Code.ShouldBe(SandboxErrorCodes.PayeeAccountInvalid);
        items[failsLater.Key].ShouldBeOfType<SubmitResult.Accepted>().State.ShouldBe(ChannelPayoutState.Failed);
        items[tooMuch.Key].ShouldBeOfType<SubmitResult.Refused>().Error.Code.ShouldBe(SandboxErrorCodes.InsufficientBalance);
        (await _sandbox.QueryAsync(badAccount)).ShouldBeOfType<QueryResult.NotFound>();
        (await _sandbox.BalanceAsync()).Available.ShouldBe(SandboxScenario.Cny(99_000));
    }

    [Fact]
    public async Task Should_report_every_item_of_a_batch_by_the_batch_key_and_nothing_for_an_unknown_one()
    {
        _sandbox.Values[SandboxParameterNames.ProcessingDelaySeconds] = "60";
        var good = SandboxScenario.Instruction(1_000);
        var badAccount = SandboxScenario.Instruction(2_000, account: "6666000000000001");
        var batchKey = NewKey();
        await SendAsync(Prepare(batchKey, good, badAccount));

        var processing = await _sandbox.Adapter.QueryBatchAsync(batchKey, _sandbox.Context, CancellationToken.None);
        _sandbox.Clock.Advance(TimeSpan.FromMinutes(1));
        var done = await _sandbox.Adapter.QueryBatchAsync(batchKey, _sandbox.Context, CancellationToken.None);
        var unknown = await _sandbox.Adapter.QueryBatchAsync(NewKey(), _sandbox.Context, CancellationToken.None);

        processing.ShouldBeOfType<BatchQueryResult.Found>().Items.Select(i => i.Result.State)
            .ShouldBe([ChannelPayoutState.Processing, ChannelPayoutState.Failed]);
        var items = done.ShouldBeOfType<BatchQueryResult.Found>().Items;
        items.Select(i => (i.Key, i.Result.State)).ShouldBe([(good.Key, ChannelPayoutState.Succeeded), (badAccount.Key, ChannelPayoutState.Failed)]);
        items[1].Result.Failure!.Code.ShouldBe(SandboxErrorCodes.PayeeAccountInvalid);
        items[0].Result.Amount.ShouldBe(SandboxScenario.Cny(1_000));
        unknown.ShouldBeOfType<BatchQueryResult.NotFound>();
    }

    [Fact]
    public async Task Should_answer_an_item_key_paid_before_from_that_payout_and_an_item_key_used_with_other_bytes_as_unknown()
    {
        var paidAlone = SandboxScenario.Instruction(1_000);
        var reused = SandboxScenario.Instruction(2_000);
        await _sandbox.PayAsync(paidAlone);
        await _sandbox.PayAsync(reused);

        var result = await SendAsync(Prepare(NewKey(), paidAlone, reused with { Amount = SandboxScenario.Cny(2_001) }));

        var items = result.ShouldBeOfType<BatchSubmitResult.Accepted>().Items;
        items[0].Result.ShouldBeOfType<SubmitResult.Accepted>();
        items[1].Result.ShouldBeOfType<SubmitResult.Unknown>().Error!.Code.ShouldBe(SandboxErrorCodes.KeyReusedWithDifferentParameters);
        _sandbox.Ledger.PaymentLog.Count.ShouldBe(2);
    }

    [Fact]
    public void Should_refuse_to_prepare_an_empty_batch_one_over_the_maximum_or_one_naming_a_key_twice()
    {
        var item = SandboxScenario.Instruction(1_000);

        Should.Throw<ArgumentException>(() => Prepare(NewKey()));
        Should.Throw<ArgumentException>(() => Prepare(NewKey(), [.. Enumerable.Range(0, SandboxChannelAdapter.MaxBatchItems + 1).Select(_ => SandboxScenario.Instruction(1))]));
        Should.Throw<ArgumentException>(() => Prepare(NewKey(), item, item));
    }

    [Fact]
    public async Task Should_pay_a_batch_once_when_it_arrives_200_times_at_once()
    {
        var stored = Prepare(NewKey(), SandboxScenario.Instruction(100), SandboxScenario.Instruction(200));

        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => SendAsync(stored))));

        results.OfType<BatchSubmitResult.Accepted>().Count().ShouldBe(200);
        _sandbox.Ledger.PaymentLog.Count.ShouldBe(2);
        (await _sandbox.BalanceAsync()).Available.ShouldBe(SandboxScenario.Cny(99_700));
    }
}
