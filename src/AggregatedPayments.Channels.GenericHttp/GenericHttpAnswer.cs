namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>One exchange with the provider: either a verified JSON answer with its HTTP status, or why none can be trusted.</summary>
public sealed record GenericHttpAnswer(int StatusCode, GenericHttpDocument? Document, string? Failure)
{
    public bool IsVerified => Document is not null;

    public bool IsSuccess => StatusCode is >= 200 and < 300;

    public static GenericHttpAnswer Untrusted(string reason) => new(0, null, reason);

    public static GenericHttpAnswer Verified(int statusCode, GenericHttpDocument document) => new(statusCode, document, null);
}
