using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Maker-checker (ARCHITECTURE.md, "Approvals"): a flag rather than a state, so the state table stays as it
/// is. A flagged order keeps the state it had (PendingSubmission, or Failed/Returned for a held
/// re-initiation) and starts no attempt until a second user approves; both moves are guarded transitions.
/// </summary>
public sealed partial class PayoutOrder
{
    /// <summary>Waits for a second user's approval (<see cref="PayoutApproval"/>): no attempt starts meanwhile.</summary>
    public bool AwaitingApproval { get; private set; }

    internal PayoutTransition HoldForApproval(string reason, string actor, DateTime utcNow)
    {
        if (AwaitingApproval || !PayoutStateMachine.AllowsNewAttempt(State))
        {
            throw new BusinessException(PayoutsErrorCodes.NewAttemptNotAllowed).WithData("state", State);
        }

        return Change(null, null, () =>
        {
            AwaitingApproval = true;
            return Record(CurrentAttemptId, State, State, false, $"Awaiting approval: {reason}", actor, utcNow);
        }, State);
    }

    /// <summary>Ends the wait, approved or not; an approved order then starts its attempt in the same transaction.</summary>
    internal PayoutTransition ReleaseApproval(string reason, string actor, DateTime utcNow)
    {
        if (!AwaitingApproval)
        {
            throw new BusinessException(PayoutApprovalsErrorCodes.OrderNotAwaiting);
        }

        return Change(null, null, () =>
        {
            AwaitingApproval = false;
            return Record(CurrentAttemptId, State, State, false, reason, actor, utcNow);
        }, State);
    }

    private void EnsureNotAwaitingApproval()
    {
        if (AwaitingApproval)
        {
            throw new BusinessException(PayoutApprovalsErrorCodes.AwaitingApproval);
        }
    }
}
