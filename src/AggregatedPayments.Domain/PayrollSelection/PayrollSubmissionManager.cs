using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Records a submission: the selection is resolved and planned (groups, chunks) once, set-based, and the plan
/// is written with the submission and its job in one transaction, so the job works on a fixed plan whatever
/// else changes. What cannot be submitted is counted with its reason; with nothing to submit the submission is
/// complete at once and no job is queued.
/// </summary>
public sealed class PayrollSubmissionManager(
    PayrollSelectionReader reader,
    PayrollChannelViewLoader channelViews,
    PayrollAggregationRule aggregation,
    IRepository<PayrollSubmission> submissions,
    IPayrollSelectionStore store,
    IBackgroundJobManager jobs,
    IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant,
    TimeProvider clock)
{
    public async Task<PayrollSubmission> SubmitAsync(PayrollSelection selection, Guid? merchantChannelId, bool? aggregate, string actor, Guid? actorUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var tenantId = currentTenant.Id ?? throw new BusinessException(PayrollErrorCodes.ActInsideMerchant);
        var merge = await aggregation.AppliesAsync(aggregate, cancellationToken);
        var view = await channelViews.LoadAsync(merchantChannelId, cancellationToken);
        var now = clock.GetUtcNow();
        var submission = new PayrollSubmission(Guid.CreateVersion7(now), tenantId, selection.Kind, merchantChannelId, merge, actor, actorUserId, now.UtcDateTime);

        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        var skipped = await reader.CountUnchoosableAsync(selection, cancellationToken);
        var grouper = new PayrollOrderGrouper(merge, view);
        var chunker = new PayrollChunker();
        var rows = new List<PayrollSubmissionItem>();
        var (orders, items) = (0, 0);
        await foreach (var group in grouper.GroupAsync(reader.ReadChoosableAsync(selection, cancellationToken), cancellationToken))
        {
            var chunk = chunker.Place(group);
            rows.AddRange(group.Items.Select(i => new PayrollSubmissionItem(Guid.CreateVersion7(now), tenantId, submission.Id, chunk, group.Number, i.Id)));
            orders++;
            items += group.Items.Count;
            if (rows.Count >= PayrollSelectionConsts.PlanWriteBatchSize)
            {
                await store.InsertPlanAsync(rows, cancellationToken);
                rows.Clear();
            }
        }

        await store.InsertPlanAsync(rows, cancellationToken);
        skipped.Add(PayrollSkipReason.AboveLimit, grouper.AboveLimit);
        submission.Plan(items, orders, chunker.Count, skipped, now.UtcDateTime);
        await submissions.InsertAsync(submission, cancellationToken);
        if (submission.Status == PayrollSubmissionStatus.Running)
        {
            await jobs.EnqueueAsync(new PayrollSubmissionJobArgs(submission.Id), cancellationToken: cancellationToken);
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return submission;
    }
}
