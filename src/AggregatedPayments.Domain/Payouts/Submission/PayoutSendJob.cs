using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.FaultInjection;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Sends one attempt's stored request, at most once per key from this platform's side: the send is
/// recorded and committed before the request leaves, and a run that finds it recorded (an earlier run
/// crashed or lost its lease) never sends again — it has the attempt queried instead. The answer is
/// classified and recorded with the first query of the schedule in one transaction. On a batching
/// channel the attempt goes out in a provider batch instead (<see cref="PayoutBatchSender"/>).
/// </summary>
public sealed class PayoutSendJob(
    PayoutEngineSteps steps,
    PayoutChannelResolver channels,
    PayoutTransitionManager transitions,
    PayoutAnswerFactory answers,
    ChannelSendLimiter limiter,
    ChannelRatePacer pacer,
    PayoutBatchSender batches,
    IOptions<PayoutSubmissionOptions> options,
    IFaultPoints faults) : IBackgroundJob<PayoutSendJobArgs>
{
    public async Task ExecuteAsync(PayoutSendJobArgs args, CancellationToken cancellationToken)
    {
        var snapshot = await steps.LoadAsync(args.OrderId, args.AttemptId, cancellationToken);
        if (snapshot is not { IsCurrent: true, Attempt.State: PayoutState.Submitting })
        {
            // Cancelled before it left, answered meanwhile, or replaced by a newer attempt: nothing to send.
            return;
        }

        var attempt = snapshot.Attempt;
        var channel = await channels.GetAsync(attempt.MerchantChannelId, cancellationToken);
        if (attempt.FirstSentTime is not null)
        {
            // Possibly sent already: ask, never pay again.
            await steps.EnsureQueryAsync(args.OrderId, args.AttemptId, channel.Channel.Code, cancellationToken);
            return;
        }

        // A withdrawal's request was prepared as one (PrepareWithdrawal): it never joins a payout batch.
        if (batches.Batches(channel) && snapshot.Order.Kind != PayoutKind.Withdrawal)
        {
            // The attempt leaves in a frozen batch with the others waiting on its merchant channel, never alone.
            await batches.SendWaitingAsync(channel, attempt.Currency, attempt.Id, cancellationToken);
            return;
        }

        var context = await channels.CreateContextAsync(channel, cancellationToken);
        var request = await transitions.GetStoredRequestAsync(attempt, cancellationToken);
        using (await limiter.EnterAsync(channel.Channel.Id, options.Value.ConcurrencyFor(channel.Channel.Code), cancellationToken))
        {
            await pacer.WaitForSlotAsync(channel.Channel.Id, options.Value.SendRateFor(channel.Channel.Code), cancellationToken);
            if (!await steps.TryRecordSentAsync(args.OrderId, args.AttemptId, cancellationToken))
            {
                // Another run recorded the send first, or the order was cancelled: that run (or nobody) sends.
                return;
            }

            faults.Reach(FaultPointNames.AfterRecordSent);

            // From here the request may be out: a cancellation must not stop us from recording what it did.
            var result = await channel.Adapter.SubmitAsync(request, context, cancellationToken);
            faults.Reach(FaultPointNames.AfterSendBeforeAnswer);
            var answer = await answers.FromSubmitAsync(channel.Adapter.Provider, result, CancellationToken.None);
            await steps.RecordAnswerAsync(args.OrderId, args.AttemptId, answer, queried: false, PayoutSubmissionActors.Send, nextSlot: 0, channel.Channel.Code, CancellationToken.None);
        }

        faults.Reach(FaultPointNames.AfterAnswerRecorded);
    }
}
