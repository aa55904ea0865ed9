using AggregatedPayments.Channels;
using AggregatedPayments.FaultInjection;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Asks the provider about a batch by its key and applies what it says to every open item. A NotFound
/// may lead to one resend of the identical stored batch, within the provider's idempotency window; a
/// second NotFound or a passed window sends every open item to a person — never an item alone.
/// </summary>
public sealed class PayoutBatchQuery(
    PayoutBatchSteps batchSteps,
    PayoutEngineSteps steps,
    PayoutBatchSender sender,
    PayoutAnswerFactory answers,
    IFaultPoints faults,
    TimeProvider clock)
{
    /// <param name="mayResend">False when the asking item is already with a person: a NotFound then resends nothing.</param>
    public async Task QueryAsync(Guid batchId, PayoutChannel channel, ChannelContext context, bool mayResend, CancellationToken cancellationToken)
    {
        var batch = await batchSteps.LoadAsync(batchId, cancellationToken);
        if (batch is null || batch.State == PayoutBatchState.Unresolved || channel.Adapter is not IChannelBatchPayout adapter)
        {
            return;
        }

        var result = await adapter.QueryBatchAsync(batch.BatchKey, context, cancellationToken);
        faults.Reach(FaultPointNames.BatchAfterQueryBeforeRecord);
        switch (result)
        {
            case BatchQueryResult.Found found:
                await ApplyFoundAsync(channel, batch, found, cancellationToken);
                break;
            case BatchQueryResult.NotFound when batch.NotFoundCount > 0:
                await UnresolvedAsync(batch, $"The provider still has no batch {batch.BatchKey} after it was resent once; a person must find out what happened.", cancellationToken);
                break;
            case BatchQueryResult.NotFound when mayResend:
                await ResendAsync(channel, adapter, batch, context, cancellationToken);
                break;
        }
    }

    private async Task ApplyFoundAsync(PayoutChannel channel, PayoutBatch batch, BatchQueryResult.Found found, CancellationToken cancellationToken)
    {
        await batchSteps.TryChangeAsync(batch.Id, b =>
        {
            b.RecordQueried(Now());
            return true;
        }, retryLostRace: true, CancellationToken.None);

        var byKey = found.Items.GroupBy(i => i.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Result, StringComparer.Ordinal);
        foreach (var item in batch.Items)
        {
            // An item the batch does not report, or reports for another amount, is not settled here: its own schedule goes on to a person.
            if (!byKey.TryGetValue(item.ItemKey, out var itemFound)
                || itemFound.Amount is { } amount && (amount.Minor != item.AmountMinor || amount.Currency != batch.Currency))
            {
                continue;
            }

            var answer = await answers.FromQueryAsync(channel.Adapter.Provider, itemFound, CancellationToken.None);
            await steps.RecordAnswerAsync(item.OrderId, item.AttemptId, answer with { Reason = $"Batch {batch.BatchKey}: {answer.Reason}" },
                queried: true, PayoutSubmissionActors.Query, nextSlot: null, channel.Channel.Code, CancellationToken.None);
        }
    }

    private async Task ResendAsync(PayoutChannel channel, IChannelBatchPayout adapter, PayoutBatch batch, ChannelContext context, CancellationToken cancellationToken)
    {
        var seen = batch.NotFoundCount;
        if (!await batchSteps.TryChangeAsync(batch.Id, b =>
            {
                if (b.NotFoundCount != seen || b.State == PayoutBatchState.Unresolved)
                {
                    return false;
                }

                b.RecordNotFound(Now());
                return true;
            }, retryLostRace: false, cancellationToken))
        {
            // Another query counted this NotFound first and decides about the resend.
            return;
        }

        faults.Reach(FaultPointNames.BatchAfterNotFoundRecorded);
        if (!channel.Adapter.Capabilities.AllowsResend(batch.FirstSentTime, Now()))
        {
            await UnresolvedAsync(batch,
                $"The provider has no batch {batch.BatchKey} and its idempotency window ({channel.Adapter.Capabilities.IdempotencyWindow}) has passed, so the batch was not resent.",
                CancellationToken.None);
            return;
        }

        var request = await batchSteps.GetStoredRequestAsync(batch, cancellationToken);
        var result = await adapter.SubmitBatchAsync(request, context, cancellationToken);
        faults.Reach(FaultPointNames.BatchAfterResend);
        await sender.ApplyAsync(channel, batch, result, "Resent after NotFound: ", queried: true, nextSlot: null, PayoutSubmissionActors.Query, CancellationToken.None);
    }

    private async Task UnresolvedAsync(PayoutBatch batch, string reason, CancellationToken cancellationToken)
    {
        await batchSteps.TryChangeAsync(batch.Id, b =>
        {
            b.MarkUnresolved();
            return true;
        }, retryLostRace: true, cancellationToken);
        foreach (var item in batch.Items)
        {
            await steps.FlagForManualReviewAsync(item.OrderId, item.AttemptId, reason, PayoutSubmissionActors.Query, cancellationToken);
        }
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
