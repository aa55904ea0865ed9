using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Sandbox;

public class SandboxRulesTests
{
    private readonly SandboxScenario _sandbox = new();

    public SandboxRulesTests() => _sandbox.Fund(10_000_000);

    [Fact]
    public async Task Should_refuse_an_account_matching_the_pattern_before_accepting_it()
    {
        _sandbox.Values[SandboxParameterNames.FailAccountPattern] = "^0000";
        var instruction = SandboxScenario.Instruction(500, account: "0000123");

        var result = await _sandbox.PayAsync(instruction);

        result.ShouldBeOfType<SubmitResult.Refused>().Error.Code.ShouldBe(SandboxErrorCodes.PayeeAccountInvalid);
        (await _sandbox.QueryAsync(instruction)).ShouldBeOfType<QueryResult.NotFound>();
        (await _sandbox.PayAsync(SandboxScenario.Instruction(500, account: "10000123"))).ShouldBeOfType<SubmitResult.Accepted>();
    }

    [Fact]
    public async Task Should_fail_an_amount_by_its_last_digits_with_the_configured_code_and_return_the_money()
    {
        _sandbox.Values[SandboxParameterNames.FailAmountEndings] = "13=PAYEE_BANK_REFUSED, 0099=PAYEE_NAME_MISMATCH";
        var refusedByBank = SandboxScenario.Instruction(1_013);
        var nameMismatch = SandboxScenario.Instruction(20_099);

        (await _sandbox.PayAsync(refusedByBank)).ShouldBeOfType<SubmitResult.Accepted>().State.ShouldBe(ChannelPayoutState.Failed);
        await _sandbox.PayAsync(nameMismatch);
        var paid = await _sandbox.PayAsync(SandboxScenario.Instruction(10_199));

        var found = (await _sandbox.QueryAsync(refusedByBank)).ShouldBeOfType<QueryResult.Found>();
        found.Failure!.Code.ShouldBe("PAYEE_BANK_REFUSED");
        ((QueryResult.Found)await _sandbox.QueryAsync(nameMismatch)).Failure!.Code.ShouldBe("PAYEE_NAME_MISMATCH");
        paid.ShouldBeOfType<SubmitResult.Accepted>().State.ShouldBe(ChannelPayoutState.Succeeded);
        (await _sandbox.BalanceAsync()).Available.ShouldBe(SandboxScenario.Cny(10_000_000 - 10_199));
    }

    [Fact]
    public async Task Should_fail_the_same_keys_for_the_same_seed_at_about_the_configured_rate()
    {
        var keys = Enumerable.Range(0, 1_000).Select(i => $"key-{i:D4}").ToList();

        var first = await FailedKeysAsync(new SandboxScenario(), keys, seed: "42");
        var again = await FailedKeysAsync(new SandboxScenario(), keys, seed: "42");
        var otherSeed = await FailedKeysAsync(new SandboxScenario(), keys, seed: "43");

        again.ShouldBe(first);
        otherSeed.ShouldNotBe(first);
        first.Count.ShouldBeInRange(200, 400);
    }

    [Theory]
    [InlineData("0", 0)]
    [InlineData("100", 50)]
    public async Task Should_fail_none_or_all_at_the_rates_bounds(string rate, int expectedFailures)
    {
        var keys = Enumerable.Range(0, 50).Select(i => $"key-{i}").ToList();

        (await FailedKeysAsync(new SandboxScenario(), keys, seed: "7", rate)).Count.ShouldBe(expectedFailures);
    }

    [Fact]
    public async Task Should_keep_a_payout_processing_and_held_until_the_delay_has_passed()
    {
        _sandbox.Values[SandboxParameterNames.ProcessingDelaySeconds] = "60";
        var instruction = SandboxScenario.Instruction(4_000);

        var accepted = await _sandbox.PayAsync(instruction);
        _sandbox.Clock.Advance(TimeSpan.FromSeconds(59));
        var stillProcessing = (QueryResult.Found)await _sandbox.QueryAsync(instruction);
        var heldBalance = await _sandbox.BalanceAsync();
        _sandbox.Clock.Advance(TimeSpan.FromSeconds(1));
        var done = (QueryResult.Found)await _sandbox.QueryAsync(instruction);

        accepted.ShouldBeOfType<SubmitResult.Accepted>().State.ShouldBe(ChannelPayoutState.Processing);
        stillProcessing.State.ShouldBe(ChannelPayoutState.Processing);
        stillProcessing.CompletedAtUtc.ShouldBeNull();
        heldBalance.Frozen.ShouldBe(SandboxScenario.Cny(4_000));
        done.State.ShouldBe(ChannelPayoutState.Succeeded);
        done.CompletedAtUtc.ShouldBe(_sandbox.Clock.GetUtcNow().UtcDateTime);
        (await _sandbox.BalanceAsync()).ShouldBe(new BalanceResult.Known(SandboxScenario.Cny(10_000_000 - 4_000), SandboxScenario.Cny(0)));
    }

    [Theory]
    [InlineData(SandboxParameterNames.FailAccountPattern, "([a-z")]
    [InlineData(SandboxParameterNames.FailAmountEndings, "13")]
    [InlineData(SandboxParameterNames.FailAmountEndings, "1x=CODE")]
    [InlineData(SandboxParameterNames.FailureRatePercent, "101")]
    [InlineData(SandboxParameterNames.ProcessingDelaySeconds, "-1")]
    [InlineData(SandboxParameterNames.Seed, "seven")]
    public async Task Should_refuse_to_send_with_malformed_rules_and_pay_nothing(string name, string value)
    {
        _sandbox.Values[name] = value;

        await Should.ThrowAsync<ChannelConfigurationException>(() => _sandbox.PayAsync(SandboxScenario.Instruction(100)));
        _sandbox.Ledger.PaymentLog.ShouldBeEmpty();
    }

    private static async Task<List<string>> FailedKeysAsync(SandboxScenario sandbox, IEnumerable<string> keys, string seed, string rate = "30")
    {
        sandbox.Fund(10_000_000);
        sandbox.Values[SandboxParameterNames.Seed] = seed;
        sandbox.Values[SandboxParameterNames.FailureRatePercent] = rate;
        var failed = new List<string>();
        foreach (var key in keys)
        {
            if (await sandbox.PayAsync(SandboxScenario.Instruction(100, key)) is SubmitResult.Accepted { State: ChannelPayoutState.Failed })
            {
                failed.Add(key);
            }
        }

        return failed;
    }
}
