using AggregatedPayments.Hosting;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.BackgroundJobs;

/// <summary>
/// Drains the job queue, then waits one poll interval, until the host stops. Every instance of the host
/// runs one; when the database is briefly unreachable, a job left leased is taken over when its lease expires.
/// </summary>
internal sealed class BackgroundJobHostedService(
    BackgroundJobWorker worker,
    IOptions<BackgroundJobOptions> options,
    TimeProvider clock,
    ILogger<BackgroundJobHostedService> logger) : RecurringHostedService(clock, logger)
{
    protected override string Name => $"The background job worker {worker.Name}";

    protected override string EnabledSetting => "BackgroundJobs:IsWorkerEnabled";

    protected override bool IsEnabled => options.Value.IsWorkerEnabled;

    protected override TimeSpan Pause => options.Value.PollInterval;

    protected override bool RunsAtStart => true;

    protected override Task RunRoundAsync(CancellationToken stoppingToken) => worker.RunPendingAsync(stoppingToken);
}
