using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Users;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Each step runs in a scope (and DbContext) of its own: the key must be claimed and kept whatever the
/// request's own unit of work holds, and releasing it must never save that unit's half-made changes.
/// The current merchant flows into those scopes (it is ambient), so the rows are the merchant's.
/// </summary>
public sealed class IdempotentRequestStore(IServiceScopeFactory scopes, ICurrentUser currentUser, TimeProvider clock) : IIdempotentRequestStore
{
    private const int ExpiredPerClaim = 100;

    public async Task<IdempotentRequestClaim> ClaimAsync(string key, string requestHash, CancellationToken cancellationToken)
    {
        var userId = currentUser.GetId();
        await ForgetExpiredAsync(userId, cancellationToken);

        // Twice: an expired row with this key is removed, then the key is claimed afresh.
        for (var round = 0; round < 2; round++)
        {
            var claim = new IdempotentRequest(Guid.NewGuid(), userId, key, requestHash, Now());
            if (await TryInsertAsync(claim, cancellationToken))
            {
                return new IdempotentRequestClaim(claim.Id, null, null);
            }

            var existing = await InScopeAsync((requests, _, executer) =>
                executer.FirstOrDefaultAsync(requests.QueryNoTracking().Where(r => r.UserId == userId && r.Key == key), cancellationToken), cancellationToken);
            if (existing is null)
            {
                continue;
            }

            if (existing.IsExpired(Now()))
            {
                await DeleteAsync(existing.Id, cancellationToken);
                continue;
            }

            if (existing.RequestHash != requestHash)
            {
                throw new ConflictException(PayoutsErrorCodes.IdempotencyKeyReused);
            }

            return existing.StatusCode is { } status
                ? new IdempotentRequestClaim(null, status, existing.ResponseBody)
                : throw new ConflictException(PayoutsErrorCodes.IdempotencyKeyInProgress);
        }

        throw new ConflictException(PayoutsErrorCodes.IdempotencyKeyInProgress);
    }

    public Task CompleteAsync(Guid claimId, int statusCode, string responseBody, CancellationToken cancellationToken) =>
        InScopeAsync(async (requests, unitOfWork, _) =>
        {
            var claim = await requests.GetAsync(claimId, cancellationToken);
            claim.Complete(statusCode, responseBody);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);

    public Task ReleaseAsync(Guid claimId, CancellationToken cancellationToken) => DeleteAsync(claimId, cancellationToken);

    // Each caller's own expired keys go when it next uses one, so the table holds about a day of keys.
    private Task ForgetExpiredAsync(Guid userId, CancellationToken cancellationToken) =>
        InScopeAsync(async (requests, unitOfWork, executer) =>
        {
            var cutoff = Now() - IdempotentRequest.Lifetime;
            var expired = await executer.ToListAsync(requests.Query().Where(r => r.UserId == userId && r.CreationTime <= cutoff).Take(ExpiredPerClaim), cancellationToken);
            foreach (var row in expired)
            {
                requests.Delete(row);
            }

            await unitOfWork.SaveChangesAsync(cancellationToken);
            return expired.Count;
        }, cancellationToken);

    private Task<bool> TryInsertAsync(IdempotentRequest claim, CancellationToken cancellationToken) =>
        InScopeAsync(async (requests, unitOfWork, _) =>
        {
            try
            {
                await requests.InsertAsync(claim, cancellationToken);
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (ConflictException conflict) when (conflict.Code == ErrorCodes.DuplicateKey)
            {
                return false;
            }
        }, cancellationToken);

    private Task DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        InScopeAsync(async (requests, unitOfWork, _) =>
        {
            if (await requests.FindAsync(id, cancellationToken) is { } row)
            {
                requests.Delete(row);
                await unitOfWork.SaveChangesAsync(cancellationToken);
            }

            return true;
        }, cancellationToken);

    private async Task<T> InScopeAsync<T>(Func<IRepository<IdempotentRequest>, IUnitOfWork, IAsyncQueryExecuter, Task<T>> action, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        return await action(
            services.GetRequiredService<IRepository<IdempotentRequest>>(), services.GetRequiredService<IUnitOfWork>(), services.GetRequiredService<IAsyncQueryExecuter>());
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
