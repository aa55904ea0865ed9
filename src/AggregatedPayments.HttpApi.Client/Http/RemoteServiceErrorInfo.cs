namespace AggregatedPayments.Http;

/// <summary>The client's view of the error body: <c>{ "error": { code, message, details, validationErrors } }</c>.</summary>
public sealed record RemoteServiceErrorInfo(
    string? Code,
    string? Message,
    string? Details,
    IReadOnlyList<RemoteValidationError>? ValidationErrors);
