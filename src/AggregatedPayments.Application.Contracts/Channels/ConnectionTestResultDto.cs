namespace AggregatedPayments.Channels;

/// <summary>The outcome of "test connection": which function was called and what came back, never a parameter value.</summary>
public sealed record ConnectionTestResultDto(bool Succeeded, string Function, string Outcome, long DurationMs);
