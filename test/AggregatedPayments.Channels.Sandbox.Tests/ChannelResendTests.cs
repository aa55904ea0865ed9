using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Sandbox;

/// <summary>The platform's rule for resending a stored request, exercised through the sandbox adapter.</summary>
public class ChannelResendTests
{
    private readonly SandboxScenario _sandbox = new();

    public ChannelResendTests() => _sandbox.Fund(100_000);

    [Fact]
    public async Task Should_resend_the_stored_bytes_within_the_window_and_be_paid_once()
    {
        var stored = _sandbox.Prepare(SandboxScenario.Instruction(12_000));
        var firstSentAt = _sandbox.Clock.GetUtcNow().UtcDateTime;
        await _sandbox.SendAsync(stored);
        _sandbox.Clock.Advance(_sandbox.Adapter.Capabilities.IdempotencyWindow - TimeSpan.FromMinutes(1));

        var resent = await _sandbox.Adapter.ResendAsync(stored, firstSentAt, _sandbox.Context, CancellationToken.None);

        resent.ShouldBeOfType<SubmitResult.Accepted>();
        _sandbox.Ledger.PaymentLog.Count(p => p.Key == stored.Key).ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_a_resend_past_the_window_without_sending_anything()
    {
        var stored = _sandbox.Prepare(SandboxScenario.Instruction(12_000));
        var firstSentAt = _sandbox.Clock.GetUtcNow().UtcDateTime;
        _sandbox.Clock.Advance(_sandbox.Adapter.Capabilities.IdempotencyWindow);

        var refused = await Should.ThrowAsync<ResendWindowPassedException>(
            () => _sandbox.Adapter.ResendAsync(stored, firstSentAt, _sandbox.Context, CancellationToken.None));

        refused.Key.ShouldBe(stored.Key);
        _sandbox.Ledger.PaymentLog.ShouldBeEmpty();
        (await _sandbox.BalanceAsync()).Available.ShouldBe(SandboxScenario.Cny(100_000));
    }
}
