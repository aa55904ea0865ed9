namespace AggregatedPayments.ExceptionHandling;

/// <summary>The one error body, in ABP's shape: <c>{ "error": { code, message, details, validationErrors } }</c>.</summary>
public sealed record ErrorResponse(ErrorInfo Error);
