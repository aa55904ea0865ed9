namespace AggregatedPayments.Hosting;

/// <summary>
/// Runs one round of work, pauses, and runs again until the host stops. A failed round is logged and
/// the next one comes after the pause: the work it left is still there (a leased job, an overdue
/// attempt). Switched off by a setting, it logs so once and does nothing.
/// </summary>
internal abstract class RecurringHostedService(TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>How the logs name the work.</summary>
    protected abstract string Name { get; }

    /// <summary>The setting that switches it on or off, for the log line when it is off.</summary>
    protected abstract string EnabledSetting { get; }

    protected abstract bool IsEnabled { get; }

    protected abstract TimeSpan Pause { get; }

    /// <summary>Whether the first round runs at start, or only after the first pause.</summary>
    protected abstract bool RunsAtStart { get; }

    protected abstract Task RunRoundAsync(CancellationToken stoppingToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!IsEnabled)
        {
            logger.LogInformation("{Work} is disabled ({Setting})", Name, EnabledSetting);
            return;
        }

        logger.LogInformation("{Work} started", Name);
        try
        {
            if (!RunsAtStart)
            {
                await Task.Delay(Pause, clock, stoppingToken);
            }

            while (true)
            {
                await RunGuardedAsync(stoppingToken);
                await Task.Delay(Pause, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("{Work} stopped", Name);
        }
    }

    private async Task RunGuardedAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunRoundAsync(stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(exception, "{Work} failed; it runs again after {Pause}", Name, Pause);
        }
    }
}
