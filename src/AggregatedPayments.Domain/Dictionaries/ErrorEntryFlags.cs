using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Dictionaries;

/// <summary>
/// What classification reads from an error entry. A channel's answer is taken as Rejected only when
/// its entry is <see cref="IsFinal"/> and <see cref="IsNeverAccepted"/>; every other answer, and every
/// code without an entry, is Unknown until a query settles it.
/// </summary>
/// <param name="IsRetryable">The same request may be sent again as it is: the condition is passing (a rate limit, a busy system).</param>
/// <param name="IsFinal">The attempt has definitely not paid and never will.</param>
/// <param name="IsNeverAccepted">The channel says it did not take the request at all, so nothing can be in flight.</param>
public readonly record struct ErrorEntryFlags(bool IsRetryable, bool IsFinal, bool IsNeverAccepted)
{
    public void Validate()
    {
        if (IsRetryable && IsFinal)
        {
            throw new InvalidInputException(nameof(IsFinal), "An answer cannot be final and retryable at once: a final answer is not sent again.");
        }
    }
}
