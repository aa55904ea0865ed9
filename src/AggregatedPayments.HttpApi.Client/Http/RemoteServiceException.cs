using System.Net;

namespace AggregatedPayments.Http;

/// <summary>The server answered with the platform's error body; the stable code travels with it.</summary>
public sealed class RemoteServiceException(HttpStatusCode statusCode, RemoteServiceErrorInfo error)
    : Exception($"{(int)statusCode} {error.Code}: {error.Message}")
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    public RemoteServiceErrorInfo Error { get; } = error;

    public string? Code => Error.Code;
}
