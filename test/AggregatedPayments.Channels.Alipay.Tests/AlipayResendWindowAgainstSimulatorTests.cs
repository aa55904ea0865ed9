using AggregatedPayments.Channels.Alipay.Simulator;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// The simulator forgets a key after its idempotency window, as a provider may: a resend past it
/// would pay a second time. The platform's one resend path refuses it instead.
/// </summary>
public sealed class AlipayResendWindowAgainstSimulatorTests : IAsyncLifetime
{
    private const string GatewayPath = "/alipay/gateway.do";

    private readonly AlipaySimulatorSession _simulator = new();
    private readonly FakeTimeProvider _platformClock = new(DateTimeOffset.UtcNow);
    private ChannelContext _context = null!;

    private AlipayChannelAdapter Adapter => _simulator.Adapter;

    public async Task InitializeAsync() => _context = await _simulator.ContextAsync(clock: _platformClock);

    public async Task DisposeAsync() => await _simulator.DisposeAsync();

    [Fact]
    public async Task Should_resend_after_a_lost_answer_within_the_window_and_be_paid_once()
    {
        var (stored, firstSentAt) = await SendWithLostAnswerAsync();
        await PassAsync(Adapter.Capabilities.IdempotencyWindow - TimeSpan.FromHours(1));

        var resent = await Adapter.ResendAsync(stored, firstSentAt, _context, default);

        resent.ShouldBeOfType<SubmitResult.Accepted>();
        (await _simulator.PayoutsAsync()).Count(p => p.Key == stored.Key).ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_a_resend_past_the_window_and_leave_the_single_payout_alone()
    {
        var (stored, firstSentAt) = await SendWithLostAnswerAsync();
        await PassAsync(Adapter.Capabilities.IdempotencyWindow + TimeSpan.FromHours(1));

        await Should.ThrowAsync<ResendWindowPassedException>(() => Adapter.ResendAsync(stored, firstSentAt, _context, default));

        (await _simulator.PayoutsAsync()).Count(p => p.Key == stored.Key).ShouldBe(1);
    }

    [Fact]
    public async Task Should_show_why_the_rule_exists_a_plain_resend_past_the_window_pays_twice()
    {
        var (stored, _) = await SendWithLostAnswerAsync();
        await PassAsync(Adapter.Capabilities.IdempotencyWindow + TimeSpan.FromHours(1));

        await Adapter.SubmitAsync(stored, _context, default);

        (await _simulator.PayoutsAsync()).Count(p => p.Key == stored.Key).ShouldBe(2);
    }

    private async Task<(StoredRequest Stored, DateTime FirstSentAt)> SendWithLostAnswerAsync()
    {
        var stored = Adapter.PrepareSubmit(_simulator.Instruction(1_500), _context);
        var firstSentAt = _platformClock.GetUtcNow().UtcDateTime;
        await _simulator.SetFaultsAsync(new { path = GatewayPath, lostAnswerPercent = 100, seed = 3 });
        (await Adapter.SubmitAsync(stored, _context, default)).ShouldBeOfType<SubmitResult.Unknown>();
        await _simulator.SetFaultsAsync(new { path = GatewayPath, seed = 3 });
        return (stored, firstSentAt);
    }

    /// <summary>Time passes for both sides: the platform's clock and the simulated provider's.</summary>
    private async Task PassAsync(TimeSpan span)
    {
        _platformClock.Advance(span);
        await _simulator.AdvanceClockAsync(span);
    }
}
