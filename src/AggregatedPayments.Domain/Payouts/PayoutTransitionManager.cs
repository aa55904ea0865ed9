using AggregatedPayments.Channels;
using AggregatedPayments.Encryption;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Ledger;
using AggregatedPayments.Routing;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Moves orders and posts what each move means to the ledger, in the caller's transaction: the guarded
/// transition first, so a loser of a race posts nothing; then the posting, so a refused hold rolls
/// the transition back with the caller's transaction; then the observers of state moves (the
/// merchant notifications' outbox), so what a move causes commits with it. This is the one place an
/// order's state is written.
/// </summary>
public sealed class PayoutTransitionManager(
    IPayoutOrderStore store,
    LedgerService ledger,
    DailyLimitBookkeeping dailyLimits,
    IEncryptionService encryption,
    IEnumerable<IPayoutStateObserver> observers,
    TimeProvider clock)
{
    public const string RequestPurpose = "Payouts.AttemptRequest";

    /// <summary>
    /// Creates an attempt whose key and request the adapter made (FormatKey of <paramref name="attemptId"/>,
    /// then PrepareSubmit) and holds the amount. Throws <see cref="LedgerErrorCodes.InsufficientAvailable"/>
    /// when Available is short: the caller's transaction must then roll back and its unit of work be dropped.
    /// </summary>
    public Task<PayoutAttempt> StartAttemptAsync(PayoutOrder order, Guid attemptId, Guid merchantChannelId, StoredRequest request, string actor, CancellationToken cancellationToken) =>
        StartAttemptAsync(order, attemptId, merchantChannelId, request, PayoutAttemptPlan.Unplanned, actor, cancellationToken);

    /// <summary>As above, with the submission engine's plan (routing, the send job and when it runs).</summary>
    public async Task<PayoutAttempt> StartAttemptAsync(PayoutOrder order, Guid attemptId, Guid merchantChannelId, StoredRequest request, PayoutAttemptPlan plan, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Key is not { Length: > 0 and <= PayoutConsts.MaxChannelKeyLength } || request.Body.Length > PayoutConsts.MaxRequestBodyBytes
            || request.ContentType is not { Length: > 0 and <= PayoutConsts.MaxContentTypeLength })
        {
            throw new ArgumentException("The adapter's key, content type or body is outside the stored limits.", nameof(request));
        }

        var ciphertext = await encryption.EncryptAsync(Convert.ToBase64String(request.Body), RequestPurpose, cancellationToken);
        var transition = order.StartAttempt(attemptId, merchantChannelId, request.Key, ciphertext, request.ContentType, plan, actor, Now());
        await ApplyOrThrowAsync(transition, cancellationToken);
        await dailyLimits.ChargeAsync(transition.NewAttempt!, plan.DailyLimitMinor, cancellationToken);
        return transition.NewAttempt!;
    }

    /// <summary>The request bytes exactly as stored, for a resend.</summary>
    public async Task<StoredRequest> GetStoredRequestAsync(PayoutAttempt attempt, CancellationToken cancellationToken) =>
        new(attempt.ChannelKey, attempt.ContentType, Convert.FromBase64String(await encryption.DecryptAsync(attempt.RequestCiphertext, RequestPurpose, cancellationToken)));

    /// <summary>Applies a classified answer; a late, duplicate or out-of-order one is recorded or dropped, never thrown.</summary>
    public async Task<PayoutAnswerOutcome> ApplyAnswerAsync(PayoutOrder order, Guid attemptId, PayoutAnswer answer, string actor, CancellationToken cancellationToken)
    {
        var decision = order.ApplyAnswer(attemptId, answer, actor, Now());
        if (decision.Ignored is not null)
        {
            await store.RecordIgnoredAsync(decision.Ignored, cancellationToken);
        }

        if (decision.Transition is null)
        {
            return decision.Outcome;
        }

        if (!await store.TryApplyAsync(decision.Transition, cancellationToken))
        {
            return PayoutAnswerOutcome.LostRace;
        }

        await PostAsync(decision.Transition, cancellationToken);
        await ObserveAsync(decision.Transition, cancellationToken);
        return PayoutAnswerOutcome.Moved;
    }

    public Task CancelAsync(PayoutOrder order, string reason, string actor, CancellationToken cancellationToken) =>
        ApplyOrThrowAsync(order.Cancel(reason, actor, Now()), cancellationToken);

    public Task FlagForManualReviewAsync(PayoutOrder order, string reason, string actor, CancellationToken cancellationToken) =>
        ApplyOrThrowAsync(order.FlagForManualReview(reason, actor, Now()), cancellationToken);

    public Task ResolveManualReviewAsync(PayoutOrder order, string reason, string actor, CancellationToken cancellationToken) =>
        ApplyOrThrowAsync(order.ResolveManualReview(reason, actor, Now()), cancellationToken);

    /// <summary>Call before the request leaves; a lost race means the order changed (say, cancelled), so do not send.</summary>
    public Task RecordSentAsync(PayoutOrder order, CancellationToken cancellationToken) =>
        ApplyOrThrowAsync(order.RecordSent(Now()), cancellationToken);

    public Task RecordQueriedAsync(PayoutOrder order, CancellationToken cancellationToken) =>
        ApplyOrThrowAsync(order.RecordQueried(Now()), cancellationToken);

    /// <summary>Records the engine's next look at the current attempt; a lost race throws <see cref="PayoutsErrorCodes.StateChanged"/>.</summary>
    public Task PlanNextCheckAsync(PayoutOrder order, DateTime? nextCheckTime, Guid? pendingJobId, int queryCount, CancellationToken cancellationToken) =>
        ApplyOrThrowAsync(order.PlanNextCheck(nextCheckTime, pendingJobId, queryCount), cancellationToken);

    /// <summary>Counts a NotFound; a lost race (another query counted first) throws <see cref="PayoutsErrorCodes.StateChanged"/>.</summary>
    public Task RecordNotFoundAsync(PayoutOrder order, CancellationToken cancellationToken) =>
        ApplyOrThrowAsync(order.RecordNotFound(Now()), cancellationToken);

    private async Task ApplyOrThrowAsync(PayoutTransition transition, CancellationToken cancellationToken)
    {
        if (!await store.TryApplyAsync(transition, cancellationToken))
        {
            throw new ConflictException(PayoutsErrorCodes.StateChanged);
        }

        await PostAsync(transition, cancellationToken);
        await ObserveAsync(transition, cancellationToken);
    }

    // The fixed chain of each move: a new attempt holds, success pays out, failure or cancellation releases, a return gives back.
    private async Task PostAsync(PayoutTransition transition, CancellationToken cancellationToken)
    {
        if (transition.MovedAttempt is not var (attempt, from))
        {
            return;
        }

        var key = new LedgerAccountKey(attempt.TenantId!.Value, attempt.MerchantChannelId, attempt.Currency);
        var task = (from, attempt.State) switch
        {
            (null, _) => ledger.HoldAsync(key, attempt.Id, attempt.Amount, cancellationToken),
            (_, PayoutState.Succeeded) => ledger.SettleSuccessAsync(key, attempt.Id, attempt.Amount, attempt.Fee, cancellationToken),
            (_, PayoutState.Failed or PayoutState.Cancelled) => ledger.ReleaseAsync(key, attempt.Id, attempt.Amount, cancellationToken),
            (_, PayoutState.Returned) => ledger.ReturnAsync(key, attempt.Id, attempt.Amount, cancellationToken),
            _ => null
        };
        if (task is not null)
        {
            await task;
        }

        if (from is not null && attempt.State is PayoutState.Failed or PayoutState.Cancelled)
        {
            await dailyLimits.ReleaseAsync(attempt, cancellationToken);
        }
    }

    // Only a move of the order's own state: bookkeeping and manual-review flags leave it where it was.
    private async Task ObserveAsync(PayoutTransition transition, CancellationToken cancellationToken)
    {
        if (transition.History is not { IsIgnored: false } change || transition.ExpectedState == transition.Order.State)
        {
            return;
        }

        var move = new PayoutStateMove(transition.Order, transition.ExpectedState, transition.Order.State, transition.ExpectedVersion + 1, change);
        foreach (var observer in observers)
        {
            await observer.OnMovedAsync(move, cancellationToken);
        }
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
