namespace AggregatedPayments.ExceptionHandling;

public sealed record ErrorInfo(
    string Code,
    string Message,
    string? Details = null,
    IReadOnlyList<ValidationErrorInfo>? ValidationErrors = null);
