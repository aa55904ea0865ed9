using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Ledger;
using AggregatedPayments.Merchants.Credentials;
using Microsoft.EntityFrameworkCore;

namespace AggregatedPayments.Merchants;

/// <summary>
/// One INSERT per request, refused by the unique (key id, nonce) index on a replay; old rows go in one
/// set-based DELETE at most once a minute per instance, so a busy API does not delete on every call.
/// </summary>
internal sealed class EfApiRequestNonceStore(AggregatedPaymentsDbContext db, ApiRequestNoncePurgeSchedule schedule, TimeProvider clock) : IApiRequestNonceStore
{
    public async Task<bool> TryUseAsync(string keyId, string nonce, DateTime expiresAt, CancellationToken cancellationToken)
    {
        var utcNow = clock.GetUtcNow().UtcDateTime;
        if (schedule.TryStart(utcNow))
        {
            await db.Set<ApiRequestNonce>().Where(n => n.ExpiresAt < utcNow).ExecuteDeleteAsync(cancellationToken);
        }

        return await DirectInsert.TryInsertAsync(db, new ApiRequestNonce(Guid.NewGuid(), keyId, nonce, expiresAt), cancellationToken);
    }
}
