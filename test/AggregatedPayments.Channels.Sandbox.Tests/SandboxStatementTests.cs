using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Sandbox;

public class SandboxStatementTests
{
    private readonly SandboxScenario _sandbox = new();

    public SandboxStatementTests() => _sandbox.Fund(1_000_000);

    [Fact]
    public async Task Should_list_the_payouts_that_succeeded_on_the_day_in_china_time()
    {
        _sandbox.Values[SandboxParameterNames.FailAmountEndings] = "13=PAYEE_BANK_REFUSED";
        _sandbox.Clock.SetUtcNow(new DateTimeOffset(2025, 3, 13, 16, 0, 0, TimeSpan.Zero)); // 14 March 00:00 in UTC+8
        var first = await PayAsync(1_100);
        await PayAsync(2_013);
        _sandbox.Clock.SetUtcNow(new DateTimeOffset(2025, 3, 14, 15, 59, 59, TimeSpan.Zero)); // 14 March 23:59:59
        var last = await PayAsync(3_300);
        _sandbox.Clock.SetUtcNow(new DateTimeOffset(2025, 3, 14, 16, 0, 0, TimeSpan.Zero)); // 15 March 00:00
        await PayAsync(4_400);

        var lines = await _sandbox.Adapter.DownloadStatementAsync(new DateOnly(2025, 3, 14), _sandbox.Context, CancellationToken.None).ToListAsync();

        lines.Select(l => (l.Key, l.Amount, l.State)).ShouldBe(
        [
            (first.Key, SandboxScenario.Cny(1_100), ChannelPayoutState.Succeeded),
            (last.Key, SandboxScenario.Cny(3_300), ChannelPayoutState.Succeeded)
        ]);
        lines[0].BookedAtUtc.ShouldBe(new DateTime(2025, 3, 13, 16, 0, 0, DateTimeKind.Utc));
        lines[0].ProviderReference.ShouldStartWith("SBX");
    }

    [Fact]
    public async Task Should_book_a_delayed_payout_on_the_day_it_completes()
    {
        _sandbox.Values[SandboxParameterNames.ProcessingDelaySeconds] = "600";
        _sandbox.Clock.SetUtcNow(new DateTimeOffset(2025, 3, 14, 15, 55, 0, TimeSpan.Zero)); // 14 March 23:55 in UTC+8
        var payout = await PayAsync(5_000);
        _sandbox.Clock.Advance(TimeSpan.FromHours(1));

        var fourteenth = await _sandbox.Adapter.DownloadStatementAsync(new DateOnly(2025, 3, 14), _sandbox.Context, CancellationToken.None).ToListAsync();
        var fifteenth = await _sandbox.Adapter.DownloadStatementAsync(new DateOnly(2025, 3, 15), _sandbox.Context, CancellationToken.None).ToListAsync();

        fourteenth.ShouldBeEmpty();
        fifteenth.Single().Key.ShouldBe(payout.Key);
    }

    private async Task<PayoutInstruction> PayAsync(long minor)
    {
        var instruction = SandboxScenario.Instruction(minor);
        (await _sandbox.PayAsync(instruction)).ShouldBeOfType<SubmitResult.Accepted>();
        return instruction;
    }
}
