namespace AggregatedPayments.ExceptionHandling;

public sealed record ValidationErrorInfo(string Message, IReadOnlyList<string> Members);
