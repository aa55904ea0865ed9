using AggregatedPayments.Channels;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payouts;

/// <summary>
/// The batch's database steps, each in a fresh scope and its own transaction inside the current tenant
/// (as <see cref="PayoutEngineSteps"/> does for one attempt); a change of the batch is guarded by its version.
/// </summary>
public sealed class PayoutBatchSteps(IServiceScopeFactory scopes)
{
    private const int Rounds = 5;

    /// <summary>Freezes and commits the next batch; after this its items count as sent and are never sent alone.</summary>
    public async Task<(PayoutBatch Batch, StoredRequest Request)?> FreezeAsync(PayoutChannel channel, ChannelContext context, string currency, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var unitOfWork = services.GetRequiredService<IUnitOfWork>();
        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        var frozen = await services.GetRequiredService<PayoutBatchManager>().FreezeAsync(channel, context, currency, cancellationToken);
        if (frozen is null)
        {
            return null;
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return frozen;
    }

    public async Task<PayoutBatch?> LoadAsync(Guid batchId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IRepository<PayoutBatch>>().FindAsync(batchId, cancellationToken);
    }

    public async Task<StoredRequest> GetStoredRequestAsync(PayoutBatch batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PayoutBatchManager>().GetStoredRequestAsync(batch, cancellationToken);
    }

    public async Task<Guid?> FindBatchOfAsync(Guid attemptId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PayoutBatchManager>().FindBatchOfAsync(attemptId, cancellationToken);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the batch as committed now; it returns false to change nothing.
    /// A lost race is decided again from the new state when <paramref name="retryLostRace"/>, else reported as false.
    /// </summary>
    public async Task<bool> TryChangeAsync(Guid batchId, Func<PayoutBatch, bool> change, bool retryLostRace, CancellationToken cancellationToken)
    {
        for (var round = 0; round < Rounds; round++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
            var batch = await services.GetRequiredService<IRepository<PayoutBatch>>().FindAsync(batchId, cancellationToken);
            if (batch is null || !change(batch))
            {
                return false;
            }

            try
            {
                await unitOfWork.SaveChangesAsync(cancellationToken);
            }
            catch (ConflictException conflict) when (conflict.Code == ErrorCodes.ConcurrencyConflict)
            {
                if (!retryLostRace)
                {
                    return false;
                }

                continue;
            }

            await transaction.CommitAsync(cancellationToken);
            return true;
        }

        throw new ConflictException(ErrorCodes.ConcurrencyConflict).WithData("batchId", batchId);
    }
}
