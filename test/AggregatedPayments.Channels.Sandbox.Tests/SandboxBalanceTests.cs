using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Sandbox;

public class SandboxBalanceTests
{
    private readonly SandboxScenario _sandbox = new();

    [Fact]
    public async Task Should_refuse_a_payout_above_the_balance_and_keep_nothing()
    {
        _sandbox.Fund(9_999);
        var instruction = SandboxScenario.Instruction(10_000);

        var result = await _sandbox.PayAsync(instruction);

        result.ShouldBeOfType<SubmitResult.Refused>().Error.Code.ShouldBe(SandboxErrorCodes.InsufficientBalance);
        _sandbox.Ledger.PaymentLog.ShouldBeEmpty();
        (await _sandbox.QueryAsync(instruction)).ShouldBeOfType<QueryResult.NotFound>();
        (await _sandbox.BalanceAsync()).Available.ShouldBe(SandboxScenario.Cny(9_999));
    }

    [Fact]
    public async Task Should_pay_the_same_request_once_the_account_is_funded()
    {
        var stored = _sandbox.Prepare(SandboxScenario.Instruction(10_000));
        await _sandbox.SendAsync(stored);
        _sandbox.Fund(10_000);

        var resend = await _sandbox.SendAsync(stored);

        resend.ShouldBeOfType<SubmitResult.Accepted>();
        (await _sandbox.BalanceAsync()).Available.ShouldBe(SandboxScenario.Cny(0));
    }

    [Fact]
    public async Task Should_open_an_account_with_the_configured_balance_in_each_currency_once()
    {
        _sandbox.Values[SandboxParameterNames.InitialBalance] = "50000";

        (await _sandbox.BalanceAsync("CNY")).Available.ShouldBe(SandboxScenario.Cny(50_000));
        (await _sandbox.BalanceAsync("JPY")).Available.ShouldBe(new ChannelAmount(50_000, "JPY", 0));

        _sandbox.Values[SandboxParameterNames.InitialBalance] = "70000";
        (await _sandbox.BalanceAsync("CNY")).Available.ShouldBe(SandboxScenario.Cny(50_000));
    }

    [Fact]
    public async Task Should_answer_unknown_for_a_currency_the_sandbox_does_not_hold()
    {
        var result = await _sandbox.Adapter.QueryBalanceAsync("GBP", _sandbox.Context, CancellationToken.None);

        result.ShouldBeOfType<BalanceResult.Unknown>();
    }

    [Fact]
    public async Task Should_withdraw_to_the_merchants_own_card_from_the_balance()
    {
        _sandbox.Fund(80_000);
        var instruction = SandboxScenario.Instruction(30_000, account: "6222029999999999", name: "Merchant A Ltd");
        var stored = _sandbox.Adapter.PrepareWithdrawal(instruction, _sandbox.Context);

        var result = await _sandbox.SendAsync(stored);

        result.ShouldBeOfType<SubmitResult.Accepted>().State.ShouldBe(ChannelPayoutState.Succeeded);
        _sandbox.Ledger.PaymentLog.Single().Request.Withdrawal.ShouldBeTrue();
        (await _sandbox.BalanceAsync()).Available.ShouldBe(SandboxScenario.Cny(50_000));
    }

    [Fact]
    public async Task Should_refuse_a_currency_it_does_not_pay_in_and_an_exponent_that_is_not_the_currencys()
    {
        _sandbox.Fund(10_000);
        var pounds = SandboxScenario.Instruction(100) with { Amount = new ChannelAmount(100, "GBP", 2) };
        var yuanWithThreeDecimals = SandboxScenario.Instruction(100) with { Amount = new ChannelAmount(100, "CNY", 3) };

        (await _sandbox.PayAsync(pounds)).ShouldBeOfType<SubmitResult.Refused>().Error.Code.ShouldBe(SandboxErrorCodes.CurrencyNotSupported);
        (await _sandbox.PayAsync(yuanWithThreeDecimals)).ShouldBeOfType<SubmitResult.Refused>().Error.Code.ShouldBe(SandboxErrorCodes.InvalidAmount);
        _sandbox.Ledger.PaymentLog.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_a_body_that_is_not_a_sandbox_request()
    {
        var result = await _sandbox.SendAsync(new StoredRequest("k1", "application/json", """{"key":"k1"}"""u8.ToArray()));

        result.ShouldBeOfType<SubmitResult.Refused>().Error.Code.ShouldBe(SandboxErrorCodes.InvalidRequest);
    }
}
