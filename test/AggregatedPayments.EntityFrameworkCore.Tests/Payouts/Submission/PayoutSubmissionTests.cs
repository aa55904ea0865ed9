using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>The engine end to end against the in-process sandbox: start, send, answer, query, with the money checked after each scenario.</summary>
public sealed class PayoutSubmissionTests : IAsyncLifetime
{
    private SubmissionScenario _s = null!;
    private Guid _merchant;
    private Guid _channel;

    public async Task InitializeAsync()
    {
        _s = await SubmissionScenario.CreateAsync();
        _merchant = await _s.CreateMerchantAsync("M-A");
        _channel = await _s.OpenSandboxChannelAsync(_merchant, "SBX-A");
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task Should_pay_a_payout_through_the_sandbox_once_and_post_it()
    {
        var orderId = await _s.CreateOrderAsync(_merchant, "OK-1", 123_45);

        var attempt = await _s.StartAsync(_merchant, orderId, _channel);
        (await _s.BalanceAsync(_merchant, _channel)).Held.ShouldBe(123_45);
        await _s.RunJobsAsync();

        var order = await _s.LoadAsync(_merchant, orderId);
        order.State.ShouldBe(PayoutState.Succeeded);
        order.CurrentAttempt!.ChannelKey.ShouldBe(attempt.ChannelKey);
        order.CurrentAttempt.FirstSentTime.ShouldNotBeNull();
        order.CurrentAttempt.ProviderReference.ShouldStartWith("SBX");
        var balance = await _s.BalanceAsync(_merchant, _channel);
        (balance.Available, balance.Held, balance.PaidOut).ShouldBe((1_000_00L - 123_45L, 0L, 123_45L));
        _s.SandboxOf(_channel).PaymentLog.Single().Key.ShouldBe(attempt.ChannelKey);
        await _s.AssertMoneyAsync(_merchant, _channel);
    }
}
