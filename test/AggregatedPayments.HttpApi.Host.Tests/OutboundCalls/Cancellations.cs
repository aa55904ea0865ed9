using Shouldly;

namespace AggregatedPayments.OutboundCalls;

/// <summary>
/// Shouldly's ThrowAsync answers a cancelled task with a fresh TaskCanceledException and loses the one
/// thrown; these tests need that one, since a timeout is told from the caller's cancellation by what it carries.
/// </summary>
public static class Cancellations
{
    public static async Task<OperationCanceledException> CatchAsync(Task task)
    {
        try
        {
            await task.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (OperationCanceledException exception)
        {
            return exception;
        }

        throw new ShouldAssertException("The call was expected to end in a cancellation, but it completed.");
    }
}
