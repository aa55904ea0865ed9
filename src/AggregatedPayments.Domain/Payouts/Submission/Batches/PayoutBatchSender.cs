using AggregatedPayments.Channels;
using AggregatedPayments.FaultInjection;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Sends waiting attempts of a batching channel as frozen provider batches, with a single send's
/// guarantees: the batch is recorded (and its items marked sent) before it leaves, so a re-run after a
/// crash finds its items sent and has them queried; the answer is applied item by item through the
/// attempts' own transitions (and ledger postings); an Unknown batch makes every item Unknown.
/// </summary>
public sealed class PayoutBatchSender(
    PayoutBatchSteps batchSteps,
    PayoutEngineSteps steps,
    PayoutChannelResolver channels,
    PayoutAnswerFactory answers,
    ChannelSendLimiter limiter,
    ChannelRatePacer pacer,
    IOptions<PayoutSubmissionOptions> options,
    IFaultPoints faults)
{
    /// <summary>Whether the channel's sends go out in batches: its adapter has batch payout and the channel code is configured for it.</summary>
    public bool Batches(PayoutChannel channel) =>
        channel.Adapter is IChannelBatchPayout
        && channel.Adapter.Capabilities.Supports(ChannelFunctions.BatchPayout)
        && options.Value.BatchesChannel(channel.Channel.Code);

    /// <summary>
    /// Freezes and sends batches of the merchant channel's waiting attempts in <paramref name="currency"/>
    /// until the one with <paramref name="attemptId"/> has gone (or nothing waits: another run took it).
    /// </summary>
    public async Task SendWaitingAsync(PayoutChannel channel, string currency, Guid attemptId, CancellationToken cancellationToken)
    {
        var adapter = (IChannelBatchPayout)channel.Adapter;
        var context = await channels.CreateContextAsync(channel, cancellationToken);
        using (await limiter.EnterAsync(channel.Channel.Id, options.Value.ConcurrencyFor(channel.Channel.Code), cancellationToken))
        {
            // A batch is one request on the wire, so it takes one slot of the channel's rate.
            while (await PacedFreezeAsync(channel, context, currency, cancellationToken) is var (batch, request))
            {
                faults.Reach(FaultPointNames.BatchAfterFrozen);

                // From here the batch may be out: a cancellation must not stop us from recording what it did.
                var result = await adapter.SubmitBatchAsync(request, context, cancellationToken);
                faults.Reach(FaultPointNames.BatchAfterSendBeforeAnswer);
                await ApplyAsync(channel, batch, result, string.Empty, queried: false, nextSlot: 0, PayoutSubmissionActors.Send, CancellationToken.None);
                faults.Reach(FaultPointNames.BatchAfterAnswerRecorded);
                if (batch.Items.Any(i => i.AttemptId == attemptId))
                {
                    return;
                }
            }
        }
    }

    private async Task<(PayoutBatch Batch, StoredRequest Request)?> PacedFreezeAsync(PayoutChannel channel, ChannelContext context, string currency, CancellationToken cancellationToken)
    {
        await pacer.WaitForSlotAsync(channel.Channel.Id, options.Value.SendRateFor(channel.Channel.Code), cancellationToken);
        return await batchSteps.FreezeAsync(channel, context, currency, cancellationToken);
    }

    /// <summary>
    /// Records a send's (or the resend's) result on the batch, then on each item: its own answer when the
    /// provider gave one, else Unknown. <paramref name="nextSlot"/> plans the items' queries as for a single send.
    /// </summary>
    public async Task ApplyAsync(PayoutChannel channel, PayoutBatch batch, BatchSubmitResult result, string reasonPrefix, bool queried, int? nextSlot, string actor, CancellationToken cancellationToken)
    {
        await batchSteps.TryChangeAsync(batch.Id, b =>
        {
            b.RecordAnswer(result is BatchSubmitResult.Accepted);
            return true;
        }, retryLostRace: true, cancellationToken);

        var byKey = result is BatchSubmitResult.Accepted accepted
            ? accepted.Items.GroupBy(i => i.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Result, StringComparer.Ordinal)
            : [];
        foreach (var item in batch.Items)
        {
            SubmitResult itemResult = result switch
            {
                BatchSubmitResult.Unknown unknown => new SubmitResult.Unknown($"batch {batch.BatchKey}: {unknown.Reason}", unknown.Error),
                _ when byKey.TryGetValue(item.ItemKey, out var own) => own,
                _ => new SubmitResult.Unknown($"the answer to batch {batch.BatchKey} does not name the item.")
            };
            var answer = await answers.FromSubmitAsync(channel.Adapter.Provider, itemResult, cancellationToken);
            await steps.RecordAnswerAsync(item.OrderId, item.AttemptId, answer with { Reason = $"{reasonPrefix}Batch {batch.BatchKey}: {answer.Reason}" },
                queried, actor, nextSlot, channel.Channel.Code, cancellationToken);
        }
    }
}
