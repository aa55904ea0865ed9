using AggregatedPayments.Simulation;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Plays the bank behind the simulated Alipay and remembers what the simulator holds for every key it
/// paid: a transfer to an account is SUCCESS at once; a card transfer stays DEALING until the bank's
/// verdict (SUCCESS or FAIL), and a planned refund follows a SUCCESS once the platform has seen it succeed.
/// </summary>
public sealed class ChaosBank(SimulatorControl simulator)
{
    private const string Dealing = "DEALING";

    private readonly Dictionary<string, string> _statuses = new(StringComparer.Ordinal);

    /// <summary>The simulator's status for each key it paid (money left the account under it).</summary>
    public IReadOnlyDictionary<string, string> Statuses => _statuses;

    /// <summary>Card keys that are still dealing, or planned refunds not yet made on a transfer our side saw succeed.</summary>
    public bool HasWorkFor(IEnumerable<ChaosAttempt> attempts) => attempts.Any(a => NextVerdict(a) is not null);

    /// <summary>Takes note of what the simulator paid since the last look and gives the bank's verdicts that are due.</summary>
    public async Task<int> SettleAsync(IReadOnlyList<SimulatorPayout> log, IReadOnlyList<ChaosAttempt> attempts)
    {
        var byKey = attempts.ToDictionary(a => a.Attempt.ChannelKey, StringComparer.Ordinal);
        foreach (var payout in log.Where(p => !_statuses.ContainsKey(p.Key)))
        {
            _statuses[payout.Key] = byKey.TryGetValue(payout.Key, out var paid) && paid.Plan.IsCard ? Dealing : ChaosPayoutPlan.Success;
        }

        var settled = 0;
        foreach (var attempt in attempts)
        {
            if (NextVerdict(attempt) is not { } verdict)
            {
                continue;
            }

            _statuses[attempt.Attempt.ChannelKey] = await simulator.SettleAsync(attempt.Attempt.ChannelKey, verdict)
                ?? throw new InvalidOperationException($"The simulator refused {verdict} for {attempt.Attempt.ChannelKey} ({attempt.Plan.Reference}).");
            settled++;
        }

        return settled;
    }

    private string? NextVerdict(ChaosAttempt attempt) => _statuses.GetValueOrDefault(attempt.Attempt.ChannelKey) switch
    {
        Dealing => attempt.Plan.CardVerdict,
        ChaosPayoutPlan.Success when attempt.Plan.RefundAfterSuccess && attempt.Attempt.State == PayoutState.Succeeded => ChaosPayoutPlan.Refund,
        _ => null
    };
}
