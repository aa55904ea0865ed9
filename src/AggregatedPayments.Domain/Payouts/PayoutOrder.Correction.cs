using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Payouts;

/// <summary>Corrections (ARCHITECTURE.md, "Corrections"), kept apart from the transitions the store applies by guarded update.</summary>
public sealed partial class PayoutOrder
{
    /// <summary>
    /// Replaces the payee and line amounts of a Failed or Returned order. A changed amount sends the order
    /// back to pending, since what was held and sent no longer matches; the earlier attempts stay as they ended.
    /// Persisted by saving the tracked order, whose version guards against a concurrent change.
    /// </summary>
    internal void Correct(PayeeAccount payee, IReadOnlyDictionary<PayoutLine, (Money Amount, string ContentHash)> lines, string reason, string actor, DateTime utcNow)
    {
        if (State is not (PayoutState.Failed or PayoutState.Returned))
        {
            throw new BusinessException(PayoutsErrorCodes.CannotCorrect).WithData("state", State);
        }

        var amountChanged = false;
        foreach (var (line, (amount, contentHash)) in lines)
        {
            amountChanged |= line.AmountMinor != amount.Minor;
            line.Correct(amount, contentHash);
        }

        // Whatever approval this content had is void (the correction manager voids it); re-initiating asks again.
        var from = State;
        AwaitingApproval = false;
        Payee = payee;
        AmountMinor = _lines.Aggregate(0L, (sum, line) => checked(sum + line.AmountMinor));
        if (amountChanged)
        {
            State = PayoutState.PendingSubmission;
        }

        // Like a new attempt's row, a new round's row tells its own story (pending, no attempt yet); where it came from goes in the reason.
        _history.Add(amountChanged
            ? Record(null, State, State, false, $"Corrected after {from}, amount changed, back to pending: {reason}", actor, utcNow)
            : Record(CurrentAttemptId, from, from, false, $"Corrected: {reason}", actor, utcNow));
    }
}
