using Microsoft.Extensions.Options;

namespace AggregatedPayments.BackgroundJobs;

/// <summary>Drains the job queue, then waits one poll interval, until the host stops. Every instance of the host runs one.</summary>
internal sealed class BackgroundJobHostedService(
    BackgroundJobWorker worker,
    IOptions<BackgroundJobOptions> options,
    TimeProvider clock,
    ILogger<BackgroundJobHostedService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsWorkerEnabled)
        {
            logger.LogInformation("The background job worker is disabled (BackgroundJobs:IsWorkerEnabled)");
            return;
        }

        logger.LogInformation("The background job worker {Worker} started", worker.Name);
        try
        {
            while (true)
            {
                await DrainAsync(stoppingToken);
                await Task.Delay(options.Value.PollInterval, clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("The background job worker {Worker} stopped", worker.Name);
        }
    }

    private async Task DrainAsync(CancellationToken stoppingToken)
    {
        try
        {
            await worker.RunPendingAsync(stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // The database may be briefly unreachable; a job left leased is taken over when its lease expires.
            logger.LogError(exception, "The background job worker failed; it polls again after {PollInterval}", options.Value.PollInterval);
        }
    }
}
