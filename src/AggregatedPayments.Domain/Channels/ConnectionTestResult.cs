namespace AggregatedPayments.Channels;

/// <param name="Function">What was called: Balance when the channel has it, otherwise a Query for a key nobody used.</param>
/// <param name="Outcome">A sentence for the administrator; never a parameter value.</param>
public sealed record ConnectionTestResult(bool Succeeded, ChannelFunctions Function, string Outcome, long DurationMs);
