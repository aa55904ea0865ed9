using AggregatedPayments.Entities;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payouts;

/// <summary>
/// A payout a merchant asked for: one line (plain) or several to the same payee (aggregated), paid as
/// one transfer through attempts, each with its own key. The order's state is its current attempt's
/// (or PendingSubmission / Cancelled before any attempt). Every change is decided here against
/// <see cref="PayoutStateMachine"/> and returned as a <see cref="PayoutTransition"/> that the store
/// persists only if nobody changed the order meanwhile; when it reports a lost race, discard this instance.
/// </summary>
public sealed partial class PayoutOrder : AggregateRoot, IMultiTenant
{
    private readonly List<PayoutLine> _lines = [];
    private readonly List<PayoutAttempt> _attempts = [];
    private readonly List<PayoutStateChange> _history = [];

    private PayoutOrder()
    {
    }

    private PayoutOrder(Guid id, Guid tenantId, PayeeAccount payee, Money amount, PayoutKind kind)
        : base(id)
    {
        TenantId = tenantId;
        Payee = payee;
        AmountMinor = amount.Minor;
        Currency = amount.Currency;
        Kind = kind;
        State = PayoutState.PendingSubmission;
    }

    public Guid? TenantId { get; private set; }

    public PayoutKind Kind { get; private set; }

    public PayoutState State { get; private set; }

    public PayeeAccount Payee { get; private set; } = null!;

    /// <summary>The sum of the lines: what each attempt sends and holds.</summary>
    public long AmountMinor { get; private set; }

    public string Currency { get; private set; } = null!;

    public Money Amount => new(AmountMinor, Currency);

    public Guid? CurrentAttemptId { get; private set; }

    public bool NeedsManualReview { get; private set; }

    public string? ManualReviewReason { get; private set; }

    public IReadOnlyCollection<PayoutLine> Lines => _lines;

    public IReadOnlyCollection<PayoutAttempt> Attempts => _attempts;

    public IReadOnlyCollection<PayoutStateChange> History => _history;

    public PayoutAttempt? CurrentAttempt => _attempts.FirstOrDefault(a => a.Id == CurrentAttemptId);

    /// <param name="withdrawal">The merchant's own balance to its registered card: always one line.</param>
    internal static PayoutOrder Create(Guid id, Guid tenantId, PayeeAccount payee, IReadOnlyList<PayoutLineDraft> lines, bool withdrawal, string actor, DateTime utcNow)
    {
        if (withdrawal && lines.Count != 1)
        {
            throw new ArgumentException("A withdrawal has exactly one line.", nameof(lines));
        }

        var amount = lines.Skip(1).Aggregate(lines[0].Amount, (sum, line) => sum.Add(line.Amount));
        var kind = withdrawal ? PayoutKind.Withdrawal : lines.Count == 1 ? PayoutKind.Plain : PayoutKind.Aggregated;
        var order = new PayoutOrder(id, tenantId, payee, amount, kind);
        order._lines.AddRange(lines.Select((l, i) => new PayoutLine(Guid.NewGuid(), tenantId, id, i + 1, l.Reference, l.Amount, l.Purpose, l.Remark, l.ContentHash)));
        order._history.Add(order.Record(null, PayoutState.PendingSubmission, PayoutState.PendingSubmission, false, "Created", actor, utcNow));
        return order;
    }

    /// <summary>A new attempt under a new key, holding the amount: only first, or after Failed or Returned.</summary>
    public PayoutTransition StartAttempt(Guid attemptId, Guid merchantChannelId, string channelKey, string requestCiphertext, string contentType, string actor, DateTime utcNow) =>
        StartAttempt(attemptId, merchantChannelId, channelKey, requestCiphertext, contentType, PayoutAttemptPlan.Unplanned, actor, utcNow);

    /// <summary>As above, with the engine's plan for the attempt (its routing and the send job that follows).</summary>
    public PayoutTransition StartAttempt(Guid attemptId, Guid merchantChannelId, string channelKey, string requestCiphertext, string contentType, PayoutAttemptPlan plan, string actor, DateTime utcNow)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!PayoutStateMachine.AllowsNewAttempt(State))
        {
            throw new BusinessException(PayoutsErrorCodes.NewAttemptNotAllowed).WithData("state", State);
        }

        EnsureNotAwaitingApproval();
        var attempt = new PayoutAttempt(attemptId, TenantId!.Value, Id, merchantChannelId, channelKey, requestCiphertext, contentType, Amount, utcNow, plan);
        return Change(attempt, null, () =>
        {
            _attempts.Add(attempt);
            CurrentAttemptId = attempt.Id;
            // The row tells the attempt's own story, which starts here; the order's previous state goes in the reason.
            return Record(attempt.Id, PayoutState.PendingSubmission, PayoutState.Submitting, false,
                $"Attempt {channelKey} on merchant channel {merchantChannelId}, after {State}", actor, utcNow);
        }, PayoutState.Submitting);
    }

    /// <summary>
    /// Decides what a classified answer does to <paramref name="attemptId"/>: nothing for a duplicate; an
    /// ignored history row when the table forbids the move (a late or out-of-order answer); else a move.
    /// </summary>
    public PayoutAnswerDecision ApplyAnswer(Guid attemptId, PayoutAnswer answer, string actor, DateTime utcNow)
    {
        if (answer.State is PayoutState.PendingSubmission or PayoutState.Submitting)
        {
            throw new ArgumentException("A provider's answer cannot put an attempt back before it was sent.", nameof(answer));
        }

        var attempt = _attempts.FirstOrDefault(a => a.Id == attemptId) ?? throw new EntityNotFoundException(nameof(PayoutAttempt), attemptId);
        var target = PayoutStateMachine.Interpret(attempt.State, answer.State);
        if (target == attempt.State)
        {
            return new PayoutAnswerDecision(PayoutAnswerOutcome.Unchanged, null, null);
        }

        // An earlier attempt never moves again (its order has moved on to a new key), whatever it is told.
        if (!PayoutStateMachine.CanMove(attempt.State, target) || attempt.Id != CurrentAttemptId)
        {
            return new PayoutAnswerDecision(PayoutAnswerOutcome.Ignored, null,
                Record(attempt.Id, attempt.State, target, true, $"Ignored: {answer.Reason}", actor, utcNow));
        }

        var from = attempt.State;
        return new PayoutAnswerDecision(PayoutAnswerOutcome.Moved, Change(null, attempt, () =>
        {
            attempt.MoveTo(target, answer);
            return Record(attempt.Id, from, target, false, answer.Reason, actor, utcNow);
        }, target), null);
    }

    /// <summary>Stops an order that has not left: before any attempt, or while its attempt was never sent.</summary>
    public PayoutTransition Cancel(string reason, string actor, DateTime utcNow)
    {
        var attempt = CurrentAttempt;
        var cancellable = State == PayoutState.PendingSubmission
                          || (State == PayoutState.Submitting && attempt is { FirstSentTime: null });
        if (!cancellable)
        {
            throw new BusinessException(PayoutsErrorCodes.CannotCancel).WithData("state", State);
        }

        // Pending means no attempt of this round: an earlier, final one stays as it is.
        var from = State;
        var unsent = from == PayoutState.PendingSubmission ? null : attempt;
        return Change(null, unsent, () =>
        {
            unsent?.Cancel();
            AwaitingApproval = false;
            return Record(unsent?.Id, from, PayoutState.Cancelled, false, reason, actor, utcNow);
        }, PayoutState.Cancelled);
    }

    public PayoutTransition FlagForManualReview(string reason, string actor, DateTime utcNow) =>
        Change(null, null, () =>
        {
            NeedsManualReview = true;
            ManualReviewReason = PayoutText.Limit(reason, PayoutConsts.MaxReasonLength);
            return Record(CurrentAttemptId, State, State, false, $"Manual review: {reason}", actor, utcNow);
        }, State);

    public PayoutTransition ResolveManualReview(string reason, string actor, DateTime utcNow) =>
        Change(null, null, () =>
        {
            NeedsManualReview = false;
            ManualReviewReason = null;
            return Record(CurrentAttemptId, State, State, false, $"Manual review resolved: {reason}", actor, utcNow);
        }, State);

    /// <summary>Notes when the current attempt's request first left; before that, cancelling is still safe.</summary>
    public PayoutTransition RecordSent(DateTime utcNow) => Bookkeeping(a => a.RecordSent(utcNow));

    public PayoutTransition RecordQueried(DateTime utcNow) => Bookkeeping(a => a.RecordQueried(utcNow));

    /// <summary>Notes the engine's next look at the current attempt: when, by which job, and how much of the query schedule is used.</summary>
    public PayoutTransition PlanNextCheck(DateTime? nextCheckTime, Guid? pendingJobId, int queryCount) =>
        Bookkeeping(a => a.Plan(nextCheckTime, pendingJobId, queryCount));

    /// <summary>Counts a query that found nothing under the current attempt's key; guarded, so two racing queries cannot both resend.</summary>
    public PayoutTransition RecordNotFound(DateTime utcNow) => Bookkeeping(a => a.RecordNotFound(utcNow));

    private PayoutTransition Bookkeeping(Action<PayoutAttempt> change)
    {
        var attempt = CurrentAttempt ?? throw new InvalidOperationException("The order has no attempt yet.");
        return Change(null, attempt, () =>
        {
            change(attempt);
            return null;
        }, State);
    }

    // Captures the guard (state and version as loaded) before the change, so the store can name them.
    private PayoutTransition Change(PayoutAttempt? newAttempt, PayoutAttempt? changedAttempt, Func<PayoutStateChange?> apply, PayoutState to)
    {
        var transition = new PayoutTransition(this, Version, State, newAttempt, changedAttempt, changedAttempt?.State, null);
        var history = apply();
        State = to;
        if (history is not null)
        {
            _history.Add(history);
        }

        return transition with { History = history };
    }

    private PayoutStateChange Record(Guid? attemptId, PayoutState from, PayoutState to, bool ignored, string reason, string actor, DateTime utcNow) =>
        new(Guid.NewGuid(), TenantId!.Value, Id, attemptId, from, to, ignored, reason, actor, utcNow);
}
