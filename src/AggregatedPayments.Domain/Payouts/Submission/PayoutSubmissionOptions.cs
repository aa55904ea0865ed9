namespace AggregatedPayments.Payouts;

/// <summary>Configuration section <c>PayoutSubmission</c>: the engine's pace per channel, and its sweep for lost jobs.</summary>
public sealed class PayoutSubmissionOptions
{
    public const string Section = "PayoutSubmission";

    /// <summary>
    /// When an open attempt is queried, counted from the previous look: after the send, then after each
    /// query. Once spent, an attempt still open goes to manual review — never to an automatic failure.
    /// </summary>
    public List<TimeSpan> QuerySchedule { get; set; } =
    [
        TimeSpan.FromSeconds(15), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15),
        TimeSpan.FromHours(1), TimeSpan.FromHours(3), TimeSpan.FromHours(6), TimeSpan.FromHours(12), TimeSpan.FromHours(24)
    ];

    /// <summary>A schedule of its own for a channel, by channel code (a bank file channel answers in hours, not seconds).</summary>
    public Dictionary<string, List<TimeSpan>> ChannelQuerySchedules { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Sends in flight at once to one channel from this host instance. The limiter lives in the process:
    /// with N instances a channel may see up to N times this many; set it with the instance count in mind.
    /// </summary>
    public int MaxConcurrentSendsPerChannel { get; set; } = 8;

    /// <summary>Per-instance send limits by channel code, overriding <see cref="MaxConcurrentSendsPerChannel"/>.</summary>
    public Dictionary<string, int> ChannelConcurrency { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Sends per second to one channel from this host instance; zero sets no rate (per instance, like the concurrency limit).</summary>
    public double MaxSendsPerSecondPerChannel { get; set; }

    /// <summary>Per-instance send rates by channel code (a provider's documented limit), overriding <see cref="MaxSendsPerSecondPerChannel"/>.</summary>
    public Dictionary<string, double> ChannelSendRates { get; set; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Channel codes whose sends are gathered into provider batches (when the adapter has batch payout):
    /// waiting attempts of one merchant channel and currency leave together, up to the adapter's maximum.
    /// Any other channel sends attempt by attempt.
    /// </summary>
    public List<string> BatchChannels { get; set; } = [];

    /// <summary>The time zone for daily limits when a merchant row names none (a merchant always should).</summary>
    public string DefaultTimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Whether the host runs the sweep that revives attempts whose job was lost. Tests run it explicitly.</summary>
    public bool IsSweepEnabled { get; set; } = true;

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How overdue an attempt's next check must be before its job counts as lost, beyond the job's own absence.</summary>
    public TimeSpan SweepGrace { get; set; } = TimeSpan.FromMinutes(1);

    public int SweepPageSize { get; set; } = 200;

    public IReadOnlyList<TimeSpan> ScheduleFor(string channelCode) =>
        ChannelQuerySchedules.TryGetValue(channelCode, out var own) && own.Count > 0 ? own : QuerySchedule;

    public double SendRateFor(string channelCode) =>
        ChannelSendRates.TryGetValue(channelCode, out var own) && own > 0 ? own : MaxSendsPerSecondPerChannel;

    public bool BatchesChannel(string channelCode) => BatchChannels.Contains(channelCode, StringComparer.Ordinal);

    public int ConcurrencyFor(string channelCode) =>
        ChannelConcurrency.TryGetValue(channelCode, out var own) && own > 0 ? own : Math.Max(1, MaxConcurrentSendsPerChannel);
}
