using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Channels;
using AggregatedPayments.Dictionaries;
using AggregatedPayments.FaultInjection;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Asks the provider about one attempt by our key and records what it says. A NotFound is the only
/// answer that may lead to sending again, and only the byte-identical stored request, once, within the
/// provider's idempotency window; a second NotFound, a passed window or a spent schedule sends the
/// attempt to manual review — never to an automatic failure. An attempt that went out in a provider
/// batch is asked about through its batch (<see cref="PayoutBatchQuery"/>), which resends only the whole batch.
/// </summary>
public sealed class PayoutQueryJob(
    PayoutEngineSteps steps,
    PayoutChannelResolver channels,
    PayoutTransitionManager transitions,
    PayoutAnswerFactory answers,
    IDictionaryLookup dictionaries,
    PayoutBatchSteps batchSteps,
    PayoutBatchQuery batchQuery,
    IFaultPoints faults) : IBackgroundJob<PayoutQueryJobArgs>
{
    public async Task ExecuteAsync(PayoutQueryJobArgs args, CancellationToken cancellationToken)
    {
        var snapshot = await steps.LoadAsync(args.OrderId, args.AttemptId, cancellationToken);
        if (snapshot is { IsCurrent: true, Attempt.State: PayoutState.Succeeded })
        {
            await LookForReturnAsync(snapshot.Order, snapshot.Attempt, cancellationToken);
            return;
        }

        if (snapshot is not { IsOpen: true } || snapshot.Attempt is { State: PayoutState.Submitting, FirstSentTime: null })
        {
            // Final, replaced, or not sent yet (a query would find nothing and prove nothing): the send job acts.
            return;
        }

        var (order, attempt) = (snapshot.Order, snapshot.Attempt);

        // Only the link of the chain the attempt is waiting for moves the schedule on; any other run is an extra look.
        int? nextSlot = args.Slot is { } slot && slot == attempt.QueryCount ? slot + 1 : null;
        var channel = await channels.GetAsync(attempt.MerchantChannelId, cancellationToken);
        var context = await channels.CreateContextAsync(channel, cancellationToken);
        var code = channel.Channel.Code;
        if (await batchSteps.FindBatchOfAsync(attempt.Id, cancellationToken) is { } batchId)
        {
            // An item is asked about through its batch: one question settles every item, and a NotFound resends the whole frozen batch, never the item alone.
            await batchQuery.QueryAsync(batchId, channel, context, mayResend: !order.NeedsManualReview, cancellationToken);
            await steps.RecordAnswerAsync(order.Id, attempt.Id, null, queried: true, PayoutSubmissionActors.Query, nextSlot, code, CancellationToken.None);
            faults.Reach(FaultPointNames.AfterQueryRecorded);
            return;
        }

        var amount = await attempt.Amount.ToChannelAmountAsync(dictionaries, cancellationToken);
        var result = await channel.Adapter.QueryAsync(attempt.ChannelKey, amount, context, cancellationToken);
        faults.Reach(FaultPointNames.AfterQueryBeforeRecord);

        switch (result)
        {
            case QueryResult.Found found:
                var answer = await answers.FromQueryAsync(channel.Adapter.Provider, found, cancellationToken);
                await steps.RecordAnswerAsync(order.Id, attempt.Id, answer, queried: true, PayoutSubmissionActors.Query, nextSlot, code, CancellationToken.None);
                break;
            case QueryResult.NotFound when order.NeedsManualReview:
                await steps.RecordAnswerAsync(order.Id, attempt.Id, null, queried: true, PayoutSubmissionActors.Query, null, code, CancellationToken.None);
                break;
            case QueryResult.NotFound when attempt.NotFoundCount > 0:
                await steps.FlagForManualReviewAsync(order.Id, attempt.Id,
                    $"The provider still has no payout under key {attempt.ChannelKey} after the stored request was resent once; a person must find out what happened.",
                    PayoutSubmissionActors.Query, CancellationToken.None);
                break;
            case QueryResult.NotFound:
                await ResendAsync(channel, context, attempt, nextSlot, cancellationToken);
                break;
            default:
                // Unknown: the question itself failed; the next slot asks again.
                await steps.RecordAnswerAsync(order.Id, attempt.Id, null, queried: true, PayoutSubmissionActors.Query, nextSlot, code, CancellationToken.None);
                break;
        }

        faults.Reach(FaultPointNames.AfterQueryRecorded);
    }

    /// <summary>
    /// A paid attempt is asked again only when a callback or a clerk says something changed: a return
    /// after success is the one move it can still make. Only a found answer counts; anything else
    /// leaves it as it is, plans nothing and never resends.
    /// </summary>
    private async Task LookForReturnAsync(PayoutOrder order, PayoutAttempt attempt, CancellationToken cancellationToken)
    {
        var channel = await channels.GetAsync(attempt.MerchantChannelId, cancellationToken);
        var context = await channels.CreateContextAsync(channel, cancellationToken);
        var amount = await attempt.Amount.ToChannelAmountAsync(dictionaries, cancellationToken);
        if (await channel.Adapter.QueryAsync(attempt.ChannelKey, amount, context, cancellationToken) is not QueryResult.Found found)
        {
            return;
        }

        var answer = await answers.FromQueryAsync(channel.Adapter.Provider, found, cancellationToken);
        await steps.RecordAnswerAsync(order.Id, attempt.Id, answer, queried: true, PayoutSubmissionActors.Query, nextSlot: null, channel.Channel.Code, CancellationToken.None);
    }

    private async Task ResendAsync(PayoutChannel channel, ChannelContext context, PayoutAttempt attempt, int? nextSlot, CancellationToken cancellationToken)
    {
        if (!await steps.TryRecordNotFoundAsync(attempt.OrderId, attempt.Id, attempt.NotFoundCount, cancellationToken))
        {
            // Another query counted this NotFound first and decides about the resend.
            return;
        }

        faults.Reach(FaultPointNames.AfterNotFoundRecorded);
        var request = await transitions.GetStoredRequestAsync(attempt, cancellationToken);
        SubmitResult result;
        try
        {
            result = await channel.Adapter.ResendAsync(request, attempt.FirstSentTime!.Value, context, cancellationToken);
        }
        catch (ResendWindowPassedException passed)
        {
            await steps.FlagForManualReviewAsync(attempt.OrderId, attempt.Id,
                $"The provider has no payout under key {attempt.ChannelKey} and its idempotency window ({channel.Adapter.Capabilities.IdempotencyWindow}) has passed, so the request was not resent: {passed.Message}",
                PayoutSubmissionActors.Query, CancellationToken.None);
            return;
        }

        faults.Reach(FaultPointNames.AfterResend);
        var answer = await answers.FromSubmitAsync(channel.Adapter.Provider, result, CancellationToken.None);
        await steps.RecordAnswerAsync(attempt.OrderId, attempt.Id, answer with { Reason = "Resent after NotFound: " + answer.Reason },
            queried: true, PayoutSubmissionActors.Query, nextSlot, channel.Channel.Code, CancellationToken.None);
    }
}
