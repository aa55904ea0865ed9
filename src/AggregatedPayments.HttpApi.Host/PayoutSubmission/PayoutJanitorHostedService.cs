using Microsoft.Extensions.Options;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Runs the janitor's sweep for lost jobs every <see cref="PayoutSubmissionOptions.SweepInterval"/>. Every
/// host instance may run it: a revival is a guarded transition, so two sweeps cannot both revive one attempt.
/// </summary>
internal sealed class PayoutJanitorHostedService(
    PayoutJanitor janitor,
    IOptions<PayoutSubmissionOptions> options,
    TimeProvider clock,
    ILogger<PayoutJanitorHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsSweepEnabled)
        {
            logger.LogInformation("The payout janitor's sweep is disabled (PayoutSubmission:IsSweepEnabled)");
            return;
        }

        try
        {
            while (true)
            {
                await Task.Delay(options.Value.SweepInterval, clock, stoppingToken);
                await SweepAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("The payout janitor's sweep stopped");
        }
    }

    private async Task SweepAsync(CancellationToken stoppingToken)
    {
        try
        {
            await janitor.SweepAsync(stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // A database hiccup costs one round; the attempts are still overdue at the next.
            logger.LogError(exception, "The payout janitor's sweep failed; it runs again after {SweepInterval}", options.Value.SweepInterval);
        }
    }
}
