using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Exceptions;
using Microsoft.Extensions.Logging;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Hands a submission's plan to the money core chunk by chunk. Progress is committed with each chunk, so a run
/// that dies resumes at the next one; a long plan hands over to a fresh job before the lease could run out. An
/// unexpected error ends the submission as failed — what was submitted stays, and submitting the same selection
/// again finishes it (only pending items are taken).
/// </summary>
public sealed class PayrollSubmissionJob(PayrollSubmissionProcessor processor, TimeProvider clock, ILogger<PayrollSubmissionJob> logger)
    : IBackgroundJob<PayrollSubmissionJobArgs>
{
    /// <summary>Well inside the job lease (minutes) even with a slow last chunk.</summary>
    private static readonly TimeSpan RunBudget = TimeSpan.FromMinutes(2);

    public async Task ExecuteAsync(PayrollSubmissionJobArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var started = clock.GetTimestamp();
        try
        {
            while (await processor.WriteNextChunkAsync(args.SubmissionId, cancellationToken))
            {
                if (clock.GetElapsedTime(started) > RunBudget)
                {
                    await processor.ContinueLaterAsync(args.SubmissionId, cancellationToken);
                    return;
                }
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Payroll submission {SubmissionId} stopped", args.SubmissionId);
            var code = exception is BusinessException business ? business.Code : PayrollSelectionErrorCodes.SubmissionInterrupted;
            await processor.FailAsync(args.SubmissionId, code, CancellationToken.None);
        }
    }
}
