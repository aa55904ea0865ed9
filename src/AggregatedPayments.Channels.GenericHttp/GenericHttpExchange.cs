namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>One exchange before its body is read as JSON: the HTTP status and the raw answer whose signature verified, or why none can be trusted.</summary>
public sealed record GenericHttpExchange(int StatusCode, byte[]? Body, string? Failure)
{
    public static GenericHttpExchange Untrusted(string reason) => new(0, null, reason);
}
