using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// Starts a pull: records its intake, marks the source as pulled by it and queues the job that runs it, in
/// one transaction — the job table is the outbox, so the intake never exists without the job that ends it.
/// One pull per source at a time: the mark is a guarded update that only one of two racing requests wins.
/// </summary>
public sealed class PayrollPullStarter(
    IRepository<PayrollIntake> intakes,
    IAsyncQueryExecuter executer,
    IPayrollDataSourceStore store,
    IBackgroundJobManager jobs,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public async Task<PayrollIntake> StartAsync(PayrollDataSource source, string requestedBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!source.IsEnabled)
        {
            throw new BusinessException(PayrollDataSourcesErrorCodes.SourceDisabled);
        }

        if (await IsPullRunningAsync(source, cancellationToken))
        {
            throw new ConflictException(PayrollDataSourcesErrorCodes.PullAlreadyRunning);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var kind = source.Kind == PayrollDataSourceKind.Http ? PayrollItemSource.HttpPull : PayrollItemSource.DatabasePull;
        var intake = PayrollIntake.StartPull(source.TenantId!.Value, kind, source.Id, requestedBy, now);
        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        if (!await store.TryMarkPullAsync(source.Id, source.LastPullIntakeId, intake.Id, now, cancellationToken))
        {
            throw new ConflictException(PayrollDataSourcesErrorCodes.PullAlreadyRunning);
        }

        await intakes.InsertAsync(intake, cancellationToken);
        await jobs.EnqueueAsync(new PayrollPullJobArgs(source.Id, intake.Id), cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return intake;
    }

    /// <summary>Whether the source's last pull has not ended yet.</summary>
    public Task<bool> IsPullRunningAsync(PayrollDataSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.LastPullIntakeId is { } last
            ? executer.AnyAsync(intakes.QueryNoTracking().Where(i => i.Id == last && i.Status == PayrollIntakeStatus.Running), cancellationToken)
            : Task.FromResult(false);
    }
}
