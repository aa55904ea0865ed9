using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Channels;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Routing;
using AggregatedPayments.Withdrawals;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Starts attempts and asks for queries, inside the caller's transaction: the key, the exact request,
/// the hold and the send job (the job table is the outbox) commit together or not at all. Nothing
/// leaves here; the send job does that after the commit.
/// </summary>
public sealed class PayoutSubmitter(
    PayoutRoutingCandidates routingCandidates,
    PayoutRouter router,
    PayoutChannelResolver channels,
    PayoutTransitionManager transitions,
    PayoutInstructionFactory instructions,
    IBackgroundJobManager jobs,
    TimeProvider clock) : IPayoutSubmitter
{
    public Task<PayoutAttempt> StartAsync(PayoutOrder order, Guid? merchantChannelId, string actor, CancellationToken cancellationToken) =>
        StartAsync(order, merchantChannelId, merchantChannelId is null ? PayoutRouting.Routed : PayoutRouting.Named, actor, cancellationToken);

    /// <summary>
    /// As <see cref="StartAsync(PayoutOrder, Guid?, string, CancellationToken)"/>, saying how the channel is chosen; the
    /// failover job starts its attempt as <see cref="PayoutRouting.Failover"/>. Routing never picks a
    /// merchant channel where this order already failed definitively.
    /// </summary>
    public async Task<PayoutAttempt> StartAsync(PayoutOrder order, Guid? merchantChannelId, PayoutRouting routing, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        if (!PayoutStateMachine.AllowsNewAttempt(order.State))
        {
            throw new BusinessException(PayoutsErrorCodes.NewAttemptNotAllowed).WithData("state", order.State);
        }

        var withdrawal = order.Kind == PayoutKind.Withdrawal ? await WithdrawalChannelAsync(order, merchantChannelId, cancellationToken) : null;
        var chosen = await ChooseAsync(order, merchantChannelId, cancellationToken);
        var channel = await channels.GetAsync(chosen.MerchantChannelId, cancellationToken);
        var context = await channels.CreateContextAsync(channel, cancellationToken);

        var attemptId = Guid.NewGuid();
        var key = channel.Adapter.FormatKey(attemptId);
        var instruction = await instructions.CreateAsync(order, key, channel.MerchantChannel, cancellationToken);

        // The one place a request is prepared: a withdrawal differs only here, and is then stored, sent and queried like a payout.
        var request = withdrawal is null ? channel.Adapter.PrepareSubmit(instruction, context) : withdrawal.PrepareWithdrawal(instruction, context);
        if (request.Key != key)
        {
            throw new InvalidOperationException($"The {channel.Channel.Provider} adapter prepared a request under another key than it formatted.");
        }

        var jobId = await jobs.EnqueueAsync(new PayoutSendJobArgs(order.Id, attemptId), BackgroundJobPriority.High, cancellationToken: cancellationToken);
        var plan = new PayoutAttemptPlan(routing, jobId, clock.GetUtcNow().UtcDateTime, chosen.DailyLimitMinor);
        return await transitions.StartAttemptAsync(order, attemptId, channel.MerchantChannel.Id, request, plan, actor, cancellationToken);
    }

    public async Task QueryNowAsync(PayoutOrder order, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        var attempt = order.CurrentAttempt ?? throw new BusinessException(PayoutsErrorCodes.NoAttempt).WithData("orderId", order.Id);
        await jobs.EnqueueAsync(new PayoutQueryJobArgs(order.Id, attempt.Id, Slot: null, actor), BackgroundJobPriority.High, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// A withdrawal is never routed: it names its merchant channel, keeps it for every attempt (the card was
    /// registered there), and the channel must offer the withdraw function — all checked before anything is held.
    /// </summary>
    private async Task<IChannelWithdrawal> WithdrawalChannelAsync(PayoutOrder order, Guid? merchantChannelId, CancellationToken cancellationToken)
    {
        if (merchantChannelId is not { } named || order.Attempts.Any(a => a.MerchantChannelId != named))
        {
            throw new BusinessException(WithdrawalsErrorCodes.MerchantChannelRequired).WithData("orderId", order.Id);
        }

        return WithdrawalChannels.EnsureCanWithdraw(await channels.GetAsync(named, cancellationToken));
    }

    private async Task<RoutingCandidate> ChooseAsync(PayoutOrder order, Guid? merchantChannelId, CancellationToken cancellationToken)
    {
        // A named channel passes the same checks (open, function, currency, limits, hours), only without a choice.
        var (candidates, localTime) = await routingCandidates.LoadAsync(merchantChannelId, cancellationToken);
        if (merchantChannelId is { } named && candidates.Count == 0)
        {
            throw new EntityNotFoundException(nameof(MerchantChannel), named);
        }

        var failedOn = merchantChannelId is null
            ? order.Attempts.Where(a => a.State == PayoutState.Failed).Select(a => a.MerchantChannelId).ToHashSet()
            : [];
        var function = order.Kind == PayoutKind.Withdrawal ? ChannelFunctions.Withdraw : ChannelFunctions.Payout;
        var request = new RoutingRequest(order.AmountMinor, order.Currency, function, localTime, failedOn);
        return router.Choose(candidates, request);
    }
}
