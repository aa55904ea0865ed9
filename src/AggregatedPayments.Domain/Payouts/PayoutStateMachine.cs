using static AggregatedPayments.Payouts.PayoutState;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Every move an attempt's state may make, in one table (ARCHITECTURE.md, "Orders, lines, attempts").
/// Final states never move, except <c>Succeeded → Returned</c>; anything else an answer asks for is ignored.
/// </summary>
public static class PayoutStateMachine
{
    private static readonly Dictionary<PayoutState, PayoutState[]> Moves = new()
    {
        [PendingSubmission] = [Submitting, Cancelled],
        [Submitting] = [Processing, Succeeded, Failed, Unknown, Cancelled],
        [Processing] = [Succeeded, Failed, Cancelled],

        // Back to Submitting only to resend the same stored request under the same key.
        [Unknown] = [Submitting, Processing, Succeeded, Failed, Cancelled],
        [Succeeded] = [Returned],
        [Failed] = [],
        [Cancelled] = [],
        [Returned] = []
    };

    public static bool CanMove(PayoutState from, PayoutState to) => Moves[from].Contains(to);

    public static bool IsFinal(PayoutState state) => state is Succeeded or Failed or Cancelled or Returned;

    /// <summary>Whether a provider's answer can still move the attempt: any open state, and Succeeded, which a bank's return moves to Returned.</summary>
    public static bool MayStillMove(PayoutState state) => Moves[state].Length > 0;

    /// <summary>A new attempt means a new key: only a first one, or after a definite Failed or a Returned.</summary>
    public static bool AllowsNewAttempt(PayoutState orderState) => orderState is PendingSubmission or Failed or Returned;

    /// <summary>An attempt in these states keeps its amount in Held.</summary>
    public static bool HoldsFunds(PayoutState attemptState) => attemptState is Submitting or Processing or Unknown;

    /// <summary>
    /// What a provider's answer means for an attempt now in <paramref name="current"/>: a negative final
    /// answer after a success is a return; a "returned" for a payout never seen succeeding is a failure.
    /// </summary>
    public static PayoutState Interpret(PayoutState current, PayoutState answered) => (current, answered) switch
    {
        (Succeeded, Failed or Cancelled or Returned) => Returned,
        (not Succeeded and not Returned, Returned) => Failed,
        _ => answered
    };
}
