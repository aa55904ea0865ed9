using Microsoft.Extensions.Time.Testing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// The adapter, configured by parameters alone, against the simulator's generic provider, whose
/// code shares nothing with ours: every claim about money is checked in the simulator's payout log.
/// </summary>
public sealed class GenericHttpAgainstSimulatorTests : GenericSimulatorTestBase
{
    [Fact]
    public async Task Should_be_paid_once_when_the_stored_request_is_sent_twice()
    {
        var instruction = Instruction(1234);
        var stored = Adapter.PrepareSubmit(instruction, Channel);

        var first = await Adapter.SubmitAsync(stored, Channel, default);
        var again = await Adapter.SubmitAsync(stored, Channel, default);

        var accepted = first.ShouldBeOfType<SubmitResult.Accepted>();
        accepted.State.ShouldBe(ChannelPayoutState.Succeeded);
        again.ShouldBe(first);
        var payout = (await PayoutsAsync()).ShouldHaveSingleItem();
        payout.ShouldBe(new SimulatorPayout("generic", instruction.Key, "12.34", accepted.ProviderReference!));
    }

    [Fact]
    public async Task Should_pass_a_definite_failure_on_with_the_providers_raw_code_seeded_final_and_never_accepted()
    {
        var instruction = Instruction(500, ClosedAccount);

        var result = await SubmitAsync(instruction);
        var query = await Adapter.QueryAsync(instruction.Key, instruction.Amount, Channel, default);

        var error = result.ShouldBeOfType<SubmitResult.Refused>().Error;
        error.Code.ShouldBe("BENEFICIARY_ACCOUNT_CLOSED");
        error.SubCode.ShouldBeNull();
        SeededChannelErrors.Find(GenericHttpChannelAdapter.ProviderName, error.Code).ShouldBe((true, true));
        query.ShouldBeOfType<QueryResult.NotFound>();
        (await PayoutsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_resolve_a_timeout_by_querying_and_resending_under_the_same_key()
    {
        var instruction = Instruction(2000);
        var stored = Adapter.PrepareSubmit(instruction, Channel);
        using var impatient = ImpatientClient();
        await SetFaultsAsync("/generic/payout", timeoutPercent: 100);

        var timedOut = await Adapter.SubmitAsync(stored, Context(http: impatient), default);
        await SetFaultsAsync("/generic/payout");
        var notArrived = await Adapter.QueryAsync(instruction.Key, instruction.Amount, Channel, default);
        var resent = await Adapter.SubmitAsync(stored, Channel, default);
        var found = await Adapter.QueryAsync(instruction.Key, instruction.Amount, Channel, default);

        timedOut.ShouldBeOfType<SubmitResult.Unknown>().Reason.ShouldContain("in time");
        notArrived.ShouldBeOfType<QueryResult.NotFound>();
        resent.ShouldBeOfType<SubmitResult.Accepted>();
        var payout = (await PayoutsAsync()).ShouldHaveSingleItem();
        found.ShouldBe(new QueryResult.Found(ChannelPayoutState.Succeeded, payout.OrderId, instruction.Amount, null, null, null));
        payout.Key.ShouldBe(instruction.Key);
    }

    [Fact]
    public async Task Should_be_unknown_when_the_answer_comes_after_the_timeout_and_find_the_single_payout_by_query()
    {
        var instruction = Instruction(4321);
        using var impatient = ImpatientClient();
        await SetFaultsAsync("/generic/payout", successAfterTimeoutPercent: 100);

        var timedOut = await Adapter.SubmitAsync(Adapter.PrepareSubmit(instruction, Channel), Context(http: impatient), default);
        await SetFaultsAsync("/generic/payout");
        var found = await Adapter.QueryAsync(instruction.Key, instruction.Amount, Channel, default);

        timedOut.ShouldBeOfType<SubmitResult.Unknown>().Reason.ShouldContain("in time");
        found.ShouldBeOfType<QueryResult.Found>().State.ShouldBe(ChannelPayoutState.Succeeded);
        (await PayoutsAsync()).ShouldHaveSingleItem().Key.ShouldBe(instruction.Key);
    }

    [Fact]
    public async Task Should_pay_once_when_a_lost_answer_is_followed_by_the_same_key_and_bytes()
    {
        var instruction = Instruction(700);
        var stored = Adapter.PrepareSubmit(instruction, Channel);
        await SetFaultsAsync("/generic/payout", lostAnswerPercent: 100);

        var lost = await Adapter.SubmitAsync(stored, Channel, default);
        await SetFaultsAsync("/generic/payout");
        var resent = await Adapter.SubmitAsync(stored, Channel, default);

        lost.ShouldBeOfType<SubmitResult.Unknown>();
        resent.ShouldBeOfType<SubmitResult.Accepted>().State.ShouldBe(ChannelPayoutState.Succeeded);
        (await PayoutsAsync()).ShouldHaveSingleItem().ShouldBe(new SimulatorPayout("generic", instruction.Key, "7.00", ((SubmitResult.Accepted)resent).ProviderReference!));
    }

    [Fact]
    public async Task Should_be_unknown_and_never_refused_when_the_key_is_resent_with_another_body()
    {
        var attempt = Guid.NewGuid();
        await SubmitAsync(Instruction(1000, attempt: attempt));

        var changed = await SubmitAsync(Instruction(1001, attempt: attempt));

        var unknown = changed.ShouldBeOfType<SubmitResult.Unknown>();
        unknown.Error!.Code.ShouldBe("DUPLICATE_ORDER_REF");
        SeededChannelErrors.Find(GenericHttpChannelAdapter.ProviderName, unknown.Error.Code).ShouldBe((false, false));
        (await PayoutsAsync()).ShouldHaveSingleItem().Amount.ShouldBe("10.00");
    }

    [Fact]
    public async Task Should_be_unknown_when_the_stored_request_is_resent_past_the_providers_idempotency_window()
    {
        var instruction = Instruction(1500);
        var stored = Adapter.PrepareSubmit(instruction, Channel);
        await Adapter.SubmitAsync(stored, Channel, default);
        var pastWindow = Adapter.Capabilities.IdempotencyWindow + TimeSpan.FromHours(1);
        await PostAsync("/_sim/clock/advance", new { seconds = (int)pastWindow.TotalSeconds });
        var later = Context(clock: new FakeTimeProvider(DateTimeOffset.UtcNow + pastWindow));

        var resent = await Adapter.SubmitAsync(stored, later, default);
        var found = await Adapter.QueryAsync(instruction.Key, instruction.Amount, later, default);

        resent.ShouldBeOfType<SubmitResult.Unknown>().Error!.Code.ShouldBe("ORDER_REF_EXPIRED");
        SeededChannelErrors.Find(GenericHttpChannelAdapter.ProviderName, "ORDER_REF_EXPIRED").ShouldBe((false, false));
        found.ShouldBeOfType<QueryResult.Found>().State.ShouldBe(ChannelPayoutState.Succeeded);
        (await PayoutsAsync()).ShouldHaveSingleItem().Key.ShouldBe(instruction.Key);
    }

    [Fact]
    public async Task Should_see_a_pending_payout_settled_later_and_then_returned_by_query()
    {
        var instruction = Instruction(3300, PendingAccount);

        var submitted = await SubmitAsync(instruction);
        var pending = await Adapter.QueryAsync(instruction.Key, instruction.Amount, Channel, default);
        var paidBefore = await PayoutsAsync();
        await SettleAsync(instruction.Key, "ok");
        var settled = await Adapter.QueryAsync(instruction.Key, instruction.Amount, Channel, default);
        await SettleAsync(instruction.Key, "returned");
        var returned = await Adapter.QueryAsync(instruction.Key, instruction.Amount, Channel, default);

        submitted.ShouldBeOfType<SubmitResult.Accepted>().State.ShouldBe(ChannelPayoutState.Processing);
        pending.ShouldBeOfType<QueryResult.Found>().State.ShouldBe(ChannelPayoutState.Processing);
        paidBefore.ShouldBeEmpty();
        settled.ShouldBeOfType<QueryResult.Found>().State.ShouldBe(ChannelPayoutState.Succeeded);
        var back = returned.ShouldBeOfType<QueryResult.Found>();
        back.State.ShouldBe(ChannelPayoutState.Returned);
        back.Failure!.Code.ShouldBe("RETURNED_BY_BENEFICIARY_BANK");
        (await PayoutsAsync()).ShouldHaveSingleItem().Key.ShouldBe(instruction.Key);
    }

    [Fact]
    public async Task Should_read_the_balance_left_after_a_payout_and_the_amount_frozen_for_a_pending_one()
    {
        await SubmitAsync(Instruction(2500));
        await SubmitAsync(Instruction(1000, PendingAccount));

        var balance = await Adapter.QueryBalanceAsync("CNY", Channel, default);

        balance.ShouldBe(new BalanceResult.Known(new ChannelAmount(100_000 - 3500, "CNY", 2), new ChannelAmount(1000, "CNY", 2)));
    }

    [Fact]
    public async Task Should_be_unknown_and_pay_nothing_while_the_provider_answers_busy()
    {
        var instruction = Instruction(1234);
        await PostAsync("/_sim/faults", new { path = "/generic/payout", errorRatePercent = 100 });

        var busy = await SubmitAsync(instruction);

        busy.ShouldBeOfType<SubmitResult.Unknown>().Reason.ShouldContain("503");
        (await PayoutsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_have_an_adapter_with_a_one_byte_signing_bug_refused_and_nothing_paid()
    {
        // The last line break of the string to sign became '|': one byte of the canonical string differs.
        var buggy = Context(canonicalTemplate: "{timestamp}\\n{method}\\n{path}|{body}");
        var instruction = Instruction(1234);

        var result = await Adapter.SubmitAsync(Adapter.PrepareSubmit(instruction, buggy), buggy, default);
        var query = await Adapter.QueryAsync(instruction.Key, instruction.Amount, Channel, default);

        // The simulator's signed refusal cannot verify under the buggy template either, so nothing is believed.
        result.ShouldBeOfType<SubmitResult.Unknown>().Reason.ShouldContain("signature");
        query.ShouldBeOfType<QueryResult.NotFound>();
        (await PayoutsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_pay_nothing_for_a_merchant_signing_with_another_merchants_secret()
    {
        var crossed = Context(merchant: GenericSimulatorHost.OtherMerchant, secret: GenericSimulatorHost.Secret);
        var instruction = Instruction(1234);

        var result = await Adapter.SubmitAsync(Adapter.PrepareSubmit(instruction, crossed), crossed, default);

        result.ShouldBeOfType<SubmitResult.Unknown>().Reason.ShouldContain("signature");
        (await PayoutsAsync()).ShouldBeEmpty();
    }
}
