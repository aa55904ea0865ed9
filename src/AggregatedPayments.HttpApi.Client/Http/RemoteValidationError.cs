namespace AggregatedPayments.Http;

public sealed record RemoteValidationError(string Message, IReadOnlyList<string> Members);
