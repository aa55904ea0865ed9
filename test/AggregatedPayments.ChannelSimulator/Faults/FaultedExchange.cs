namespace AggregatedPayments.ChannelSimulator.Faults;

/// <summary>
/// What a fault decision does around one request, the same for every provider: latency and timeouts
/// before any work, a lost or late answer after it (the work is done, the client never learns).
/// </summary>
public static class FaultedExchange
{
    /// <summary>Waits out the latency; false when the request times out and must not be processed.</summary>
    public static async Task<bool> BeforeWorkAsync(HttpContext context, FaultDecision fault, TimeProvider clock)
    {
        if (fault.LatencyMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(fault.LatencyMs), clock, context.RequestAborted);
        }

        if (fault.Kind != FaultKind.Timeout)
        {
            return true;
        }

        // Nothing is processed and nothing is answered: the client's own timeout must fire first.
        await HangUpAsync(context, fault, clock);
        return false;
    }

    /// <summary>False when the answer, though the work is done, must not reach the client.</summary>
    public static async Task<bool> AfterWorkAsync(HttpContext context, FaultDecision fault, TimeProvider clock)
    {
        switch (fault.Kind)
        {
            case FaultKind.LostAnswer:
                context.Response.StatusCode = StatusCodes.Status502BadGateway;
                return false;
            case FaultKind.SuccessAfterTimeout:
                // The answer comes too late for the client, which has given up by then.
                await HangUpAsync(context, fault, clock);
                return false;
            default:
                return true;
        }
    }

    private static async Task HangUpAsync(HttpContext context, FaultDecision fault, TimeProvider clock)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(fault.TimeoutHangMs), clock, context.RequestAborted);
        context.Abort();
    }
}
