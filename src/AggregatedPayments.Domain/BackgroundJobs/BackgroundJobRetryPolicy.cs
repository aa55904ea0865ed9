namespace AggregatedPayments.BackgroundJobs;

/// <summary>Exponential backoff, capped, and abandonment after <see cref="BackgroundJobOptions.MaxTries"/>.</summary>
public sealed class BackgroundJobRetryPolicy(BackgroundJobOptions options)
{
    /// <param name="tryCount">Tries started, the failed one included.</param>
    public BackgroundJobFailure AfterFailedTry(int tryCount, DateTime utcNow, string error)
    {
        var text = error.Length > BackgroundJobConsts.MaxLastErrorLength ? error[..BackgroundJobConsts.MaxLastErrorLength] : error;
        return tryCount >= options.MaxTries
            ? new BackgroundJobFailure(text, utcNow, Abandon: true)
            : new BackgroundJobFailure(text, utcNow + DelayAfter(tryCount), Abandon: false);
    }

    /// <summary>FirstRetryDelay × 2^(tryCount − 1), at most MaxRetryDelay.</summary>
    public TimeSpan DelayAfter(int tryCount)
    {
        var factor = Math.Pow(2, Math.Max(tryCount, 1) - 1);
        return options.FirstRetryDelay.Ticks * factor >= options.MaxRetryDelay.Ticks
            ? options.MaxRetryDelay
            : options.FirstRetryDelay * factor;
    }
}
