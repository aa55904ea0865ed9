using AggregatedPayments.Channels.Alipay.Simulator;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// The simulator forgets a key after its idempotency window, as a provider may: a resend past it
/// would pay a second time. The platform's one resend path refuses it instead.
/// </summary>
public sealed class AlipayResendWindowAgainstSimulatorTests : AlipaySimulatorTests
{
    private const string GatewayPath = "/alipay/gateway.do";

    private readonly FakeTimeProvider _platformClock;

    public AlipayResendWindowAgainstSimulatorTests()
        : this(new FakeTimeProvider(DateTimeOffset.UtcNow))
    {
    }

    private AlipayResendWindowAgainstSimulatorTests(FakeTimeProvider platformClock)
        : base(clock: platformClock) => _platformClock = platformClock;

    [Fact]
    public async Task Should_resend_after_a_lost_answer_within_the_window_and_be_paid_once()
    {
        var (stored, firstSentAt) = await SendWithLostAnswerAsync();
        await PassAsync(Adapter.Capabilities.IdempotencyWindow - TimeSpan.FromHours(1));

        var resent = await Adapter.ResendAsync(stored, firstSentAt, Context, default);

        resent.ShouldBeOfType<SubmitResult.Accepted>();
        (await Simulator.PayoutsAsync()).Count(p => p.Key == stored.Key).ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_a_resend_past_the_window_and_leave_the_single_payout_alone()
    {
        var (stored, firstSentAt) = await SendWithLostAnswerAsync();
        await PassAsync(Adapter.Capabilities.IdempotencyWindow + TimeSpan.FromHours(1));

        await Should.ThrowAsync<ResendWindowPassedException>(() => Adapter.ResendAsync(stored, firstSentAt, Context, default));

        (await Simulator.PayoutsAsync()).Count(p => p.Key == stored.Key).ShouldBe(1);
    }

    [Fact]
    public async Task Should_show_why_the_rule_exists_a_plain_resend_past_the_window_pays_twice()
    {
        var (stored, _) = await SendWithLostAnswerAsync();
        await PassAsync(Adapter.Capabilities.IdempotencyWindow + TimeSpan.FromHours(1));

        await Adapter.SubmitAsync(stored, Context, default);

        (await Simulator.PayoutsAsync()).Count(p => p.Key == stored.Key).ShouldBe(2);
    }

    private async Task<(StoredRequest Stored, DateTime FirstSentAt)> SendWithLostAnswerAsync()
    {
        var stored = Adapter.PrepareSubmit(Simulator.Instruction(1_500), Context);
        var firstSentAt = _platformClock.GetUtcNow().UtcDateTime;
        await Simulator.SetFaultsAsync(new { path = GatewayPath, lostAnswerPercent = 100, seed = 3 });
        (await Adapter.SubmitAsync(stored, Context, default)).ShouldBeOfType<SubmitResult.Unknown>();
        await Simulator.SetFaultsAsync(new { path = GatewayPath, seed = 3 });
        return (stored, firstSentAt);
    }

    /// <summary>Time passes for both sides: the platform's clock and the simulated provider's.</summary>
    private async Task PassAsync(TimeSpan span)
    {
        _platformClock.Advance(span);
        await Simulator.AdvanceClockAsync(span);
    }
}
