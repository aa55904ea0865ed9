using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Data;
using Microsoft.Extensions.Logging;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// Runs a pull in the background: the source's items stream into <see cref="PayrollIntakeWriter"/>, which
/// moves the intake's counts after each batch (the progress a clerk follows), honours a cancel between
/// batches and records the end. A job runs at least once, so a try finds out first where the last one got:
/// an ended intake is left alone; one a dead host left half-read is ended as interrupted rather than
/// counted twice; one that never read anything is simply run.
/// </summary>
public sealed class PayrollPullJob(
    IRepository<PayrollIntake> intakes,
    IRepository<PayrollDataSource> sources,
    IAsyncQueryExecuter executer,
    PayrollDataSourceReader reader,
    PayrollIntakeWriter writer,
    IPayrollStore store,
    TimeProvider clock,
    ILogger<PayrollPullJob> logger) : IBackgroundJob<PayrollPullJobArgs>
{
    public async Task ExecuteAsync(PayrollPullJobArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var intake = await executer.FirstOrDefaultAsync(intakes.QueryNoTracking().Where(i => i.Id == args.IntakeId), cancellationToken);
        if (intake is not { IsRunning: true })
        {
            return;
        }

        if (intake.ReadCount > 0)
        {
            await FinishAsync(intake, PayrollIntakeStatus.Failed, "The pull was interrupted (the host stopped); what it took in stays: pull again to take in the rest.");
            return;
        }

        if (intake.CancelRequested)
        {
            await FinishAsync(intake, PayrollIntakeStatus.Cancelled, null);
            return;
        }

        var source = await executer.FirstOrDefaultAsync(sources.QueryNoTracking().Where(s => s.Id == args.DataSourceId), cancellationToken);
        if (source is null)
        {
            await FinishAsync(intake, PayrollIntakeStatus.Failed, "The data source was deleted before the pull started.");
            return;
        }

        var status = await writer.RunAsync(intake, reader.ReadAsync(source, cancellationToken), null, cancellationToken);
        logger.LogInformation("Pull {IntakeId} of data source {DataSourceId} ended {Status}", intake.Id, source.Id, status);
    }

    private Task FinishAsync(PayrollIntake intake, PayrollIntakeStatus status, string? failure) =>
        store.FinishAsync(intake.Id, status, failure, clock.GetUtcNow().UtcDateTime, CancellationToken.None);
}
