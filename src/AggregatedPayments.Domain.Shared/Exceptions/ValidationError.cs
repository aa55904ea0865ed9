namespace AggregatedPayments.Exceptions;

public sealed record ValidationError(string Message, IReadOnlyList<string> Members);
