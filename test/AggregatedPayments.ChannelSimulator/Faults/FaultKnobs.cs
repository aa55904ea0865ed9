using AggregatedPayments.ChannelSimulator.Admin;

namespace AggregatedPayments.ChannelSimulator.Faults;

/// <summary>
/// Fault knobs per request path. Each path draws from its own <see cref="Random"/> seeded by the
/// posted seed, so the same sequence of requests meets the same sequence of faults on every run.
/// </summary>
public sealed class FaultKnobs : ISimulatorState
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, (FaultSettings Settings, Random Random)> byPath = new(StringComparer.OrdinalIgnoreCase);

    public void Set(FaultSettings settings)
    {
        lock (gate)
        {
            byPath[settings.Path] = (settings, new Random(settings.Seed));
        }
    }

    public IReadOnlyList<FaultSettings> All()
    {
        lock (gate)
        {
            return byPath.Values.Select(v => v.Settings).ToList();
        }
    }

    public void Reset()
    {
        lock (gate)
        {
            byPath.Clear();
        }
    }

    public FaultDecision Decide(string path)
    {
        lock (gate)
        {
            if (!byPath.TryGetValue(path, out var entry))
            {
                return FaultDecision.None;
            }

            var (settings, random) = entry;

            // One roll per request, cut into bands, keeps the knobs independent of each other's order of evaluation.
            var roll = random.Next(100);
            var lostAnswerBand = settings.TimeoutPercent + settings.ErrorRatePercent + settings.LostAnswerPercent;
            var kind = roll < settings.TimeoutPercent ? FaultKind.Timeout
                : roll < settings.TimeoutPercent + settings.ErrorRatePercent ? FaultKind.Error
                : roll < lostAnswerBand ? FaultKind.LostAnswer
                : roll < lostAnswerBand + settings.SuccessAfterTimeoutPercent ? FaultKind.SuccessAfterTimeout
                : FaultKind.None;
            return new FaultDecision(kind, settings.LatencyMs, settings.TimeoutHangMs);
        }
    }

    /// <summary>Refuses knobs that cannot be honoured, so a test does not run against a silent misconfiguration.</summary>
    public static string? Validate(FaultSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.Path) || !settings.Path.StartsWith('/'))
        {
            return "path must be a request path starting with '/'.";
        }

        int[] percents = [settings.ErrorRatePercent, settings.TimeoutPercent, settings.LostAnswerPercent, settings.SuccessAfterTimeoutPercent];
        if (percents.Any(p => p is < 0 or > 100) || percents.Sum() > 100)
        {
            return "Each percentage must be 0..100 and together at most 100.";
        }

        return settings.LatencyMs < 0 || settings.TimeoutHangMs < 0 ? "Times must not be negative." : null;
    }
}
