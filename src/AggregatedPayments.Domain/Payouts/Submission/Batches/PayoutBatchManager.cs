using AggregatedPayments.Channels;
using AggregatedPayments.Data;
using AggregatedPayments.Encryption;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Freezes batches inside the caller's transaction: the waiting attempts of one merchant channel and
/// currency are recorded as sent (each by its order's guarded update, so a single send racing for one
/// of them loses), the adapter prepares the exact batch under a new key, and the batch is stored with it.
/// </summary>
public sealed class PayoutBatchManager(
    IRepository<PayoutBatch> batches,
    IRepository<PayoutAttempt> attempts,
    IRepository<PayoutOrder> orders,
    IAsyncQueryExecuter executer,
    IPayoutOrderStore store,
    PayoutTransitionManager transitions,
    PayoutInstructionFactory instructions,
    IEncryptionService encryption,
    TimeProvider clock)
{
    public const string RequestPurpose = "Payouts.BatchRequest";

    /// <summary>The next batch of waiting attempts (oldest first, up to the adapter's maximum) with its stored request; null when none waits.</summary>
    public async Task<(PayoutBatch Batch, StoredRequest Request)?> FreezeAsync(PayoutChannel channel, ChannelContext context, string currency, CancellationToken cancellationToken)
    {
        var adapter = channel.Adapter as IChannelBatchPayout
                      ?? throw new InvalidOperationException($"The {channel.Adapter.Provider} adapter has no batch payout.");
        var merchantChannelId = channel.MerchantChannel.Id;
        var openOrders = orders.QueryNoTracking();
        var waiting = await executer.ToListAsync(attempts.QueryNoTracking()
            .Where(a => a.MerchantChannelId == merchantChannelId && a.Currency == currency && a.State == PayoutState.Submitting && a.FirstSentTime == null
                        && openOrders.Any(o => o.Id == a.OrderId && o.CurrentAttemptId == a.Id && !o.NeedsManualReview && o.Kind != PayoutKind.Withdrawal))
            .OrderBy(a => a.CreationTime).ThenBy(a => a.Id)
            .Take(channel.Adapter.Capabilities.MaxBatchItems)
            .Select(a => a.OrderId), cancellationToken);

        var frozen = new List<PayoutAttempt>();
        var items = new List<PayoutInstruction>();

        // One order of updates for every process, so two freezes racing on the same orders wait for each other instead of deadlocking.
        foreach (var orderId in waiting.Order())
        {
            var order = await store.FindAsync(orderId, cancellationToken);
            if (order is not { NeedsManualReview: false, CurrentAttempt: { State: PayoutState.Submitting, FirstSentTime: null } attempt })
            {
                continue;
            }

            try
            {
                await transitions.RecordSentAsync(order, cancellationToken);
            }
            catch (ConflictException conflict) when (conflict.Code == PayoutsErrorCodes.StateChanged)
            {
                // A single send, another freeze or a cancellation took this one first.
                continue;
            }

            frozen.Add(attempt);
            items.Add(await instructions.CreateAsync(order, attempt.ChannelKey, channel.MerchantChannel, cancellationToken));
        }

        if (frozen.Count == 0)
        {
            return null;
        }

        var batchId = Guid.NewGuid();
        var key = channel.Adapter.FormatKey(batchId);
        var request = adapter.PrepareBatch(key, items, context);
        if (request.Key != key || request.Key.Length > PayoutConsts.MaxChannelKeyLength || request.Body.Length > PayoutBatchConsts.MaxRequestBodyBytes
            || request.ContentType is not { Length: > 0 and <= PayoutConsts.MaxContentTypeLength })
        {
            throw new InvalidOperationException($"The {channel.Adapter.Provider} adapter prepared a batch under another key or outside the stored limits.");
        }

        var ciphertext = await encryption.EncryptAsync(Convert.ToBase64String(request.Body), RequestPurpose, cancellationToken);
        var batch = new PayoutBatch(batchId, frozen[0].TenantId!.Value, merchantChannelId, currency, key, ciphertext, request.ContentType, frozen, clock.GetUtcNow().UtcDateTime);
        await batches.InsertAsync(batch, cancellationToken);
        return (batch, request);
    }

    /// <summary>The batch request exactly as stored, for the one resend.</summary>
    public async Task<StoredRequest> GetStoredRequestAsync(PayoutBatch batch, CancellationToken cancellationToken) =>
        new(batch.BatchKey, batch.ContentType, Convert.FromBase64String(await encryption.DecryptAsync(batch.RequestCiphertext, RequestPurpose, cancellationToken)));

    /// <summary>The batch an attempt went out in; null for an attempt sent alone.</summary>
    public async Task<Guid?> FindBatchOfAsync(Guid attemptId, CancellationToken cancellationToken)
    {
        var ids = await executer.ToListAsync(batches.QueryNoTracking().Where(b => b.Items.Any(i => i.AttemptId == attemptId)).Select(b => b.Id).Take(1), cancellationToken);
        return ids.Count == 0 ? null : ids[0];
    }
}
