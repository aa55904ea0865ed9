using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payroll;

/// <summary>
/// A submission's chunks, each in a fresh scope (so a chunk decides from what is committed now) and one
/// transaction that claims the chunk, writes it and moves the submission past it. A chunk that lost a race —
/// another writer's items, a deadlock, a reference taken meanwhile — is rolled back whole and written again.
/// </summary>
public sealed class PayrollSubmissionProcessor(IServiceScopeFactory scopes, TimeProvider clock)
{
    private const int MaxLostRaces = 5;

    /// <summary>Writes the next chunk; false when none is left or the submission is no longer running.</summary>
    public async Task<bool> WriteNextChunkAsync(Guid submissionId, CancellationToken cancellationToken)
    {
        var lost = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var submission = await services.GetRequiredService<IRepository<PayrollSubmission>>().FindAsync(submissionId, cancellationToken);
            if (submission is not { Status: PayrollSubmissionStatus.Running } || submission.NextChunk >= submission.ChunkCount)
            {
                return false;
            }

            var store = services.GetRequiredService<IPayrollSelectionStore>();
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            try
            {
                await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
                if (!await store.TryClaimChunkAsync(submissionId, submission.NextChunk, cancellationToken))
                {
                    // Another run of the job wrote it meanwhile: look again from where the submission now stands.
                    continue;
                }

                var result = await services.GetRequiredService<PayrollChunkWriter>().WriteAsync(submission, submission.NextChunk, cancellationToken);
                await store.RecordChunkAsync(submissionId, submission.NextChunk, result, Now(), cancellationToken);
                await unitOfWork.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return true;
            }
            catch (Exception exception) when ((exception is ConflictException || store.IsLockConflict(exception)) && ++lost < MaxLostRaces)
            {
                // Rolled back whole; the next round reads the chunk as the winner left it.
            }
        }
    }

    /// <summary>Queues the rest for a fresh job, so no run outlives its lease however large the plan.</summary>
    public async Task ContinueLaterAsync(Guid submissionId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>().EnqueueAsync(new PayrollSubmissionJobArgs(submissionId), cancellationToken: cancellationToken);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(cancellationToken);
    }

    public async Task FailAsync(Guid submissionId, string code, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IPayrollSelectionStore>().FailAsync(submissionId, code, Now(), cancellationToken);
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
