namespace AggregatedPayments.Notifications;

/// <summary>Bound from the "MerchantNotifications" section; checked at start by <see cref="MerchantNotificationOptionsValidator"/>.</summary>
public sealed class MerchantNotificationOptions
{
    public const string SectionName = "MerchantNotifications";

    /// <summary>
    /// The waits after each failed try of a round; once all are used, the next failure abandons the round.
    /// The default tries 11 times over about 24 hours, ever less often.
    /// </summary>
    public IList<TimeSpan> RetryDelays { get; set; } = new List<TimeSpan>();

    public static IReadOnlyList<TimeSpan> DefaultRetryDelays { get; } =
    [
        TimeSpan.FromSeconds(15),
        TimeSpan.FromMinutes(1),
        TimeSpan.FromMinutes(5),
        TimeSpan.FromMinutes(15),
        TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1),
        TimeSpan.FromHours(2),
        TimeSpan.FromHours(4),
        TimeSpan.FromHours(8),
        TimeSpan.FromHours(8)
    ];

    /// <summary>
    /// How long past its planned time a running round's next try may be before a re-send may replace the
    /// round: longer than a job's lease, so that only a round whose job was lost (no worker ran it) qualifies.
    /// </summary>
    public TimeSpan StalledAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The configured schedule, or the default when none is configured.</summary>
    public IReadOnlyList<TimeSpan> Schedule => RetryDelays.Count > 0 ? [.. RetryDelays] : DefaultRetryDelays;
}
