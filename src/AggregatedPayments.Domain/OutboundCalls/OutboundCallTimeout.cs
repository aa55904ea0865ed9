namespace AggregatedPayments.OutboundCalls;

/// <summary>
/// A call that ran out of time ends as HttpClient's own timeout does — a <see cref="TaskCanceledException"/>
/// around a <see cref="TimeoutException"/> — so that code written against HttpClient (a channel adapter
/// classifying a timeout as "unknown") reads it as a timeout and never as the caller's cancellation.
/// </summary>
public static class OutboundCallTimeout
{
    /// <summary>The connect timeout and the call's deadline end the same way.</summary>
    public static TaskCanceledException Create(string host)
    {
        var message = $"'{host}' did not answer in time.";
        return new TaskCanceledException(message, new TimeoutException(message));
    }
}
