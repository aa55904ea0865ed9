namespace AggregatedPayments.Channels;

/// <summary>
/// Batch payout where the provider has it (WeChat transfer batches, PayPal sender_batch_id):
/// declared by <see cref="ChannelFunctions.BatchPayout"/>, at most <see cref="ChannelCapabilities.MaxBatchItems"/>
/// items. As with a single payout the platform makes the batch key, has the adapter prepare the exact
/// request, stores both, and only then sends; a retry sends the stored bytes again. Each item keeps
/// its own key, so <see cref="IPayoutChannelAdapter.QueryAsync"/> still finds it alone.
/// </summary>
public interface IChannelBatchPayout
{
    /// <summary>
    /// Builds the batch request exactly as it will be sent; pure. <paramref name="items"/> carry their own
    /// keys (sender_item_id, out_detail_no) in <see cref="PayoutInstruction.Key"/>; the result's key is <paramref name="batchKey"/>.
    /// </summary>
    StoredRequest PrepareBatch(string batchKey, IReadOnlyList<PayoutInstruction> items, ChannelContext context);

    /// <summary>Sends a stored batch byte for byte. Never throws for a provider or network failure: that is <see cref="BatchSubmitResult.Unknown"/>.</summary>
    Task<BatchSubmitResult> SubmitBatchAsync(StoredRequest request, ChannelContext context, CancellationToken cancellationToken);

    /// <summary>Asks the provider about a batch by our batch key alone; NotFound distinct, as for a single payout.</summary>
    Task<BatchQueryResult> QueryBatchAsync(string batchKey, ChannelContext context, CancellationToken cancellationToken);
}
