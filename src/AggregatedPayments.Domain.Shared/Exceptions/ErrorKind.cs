namespace AggregatedPayments.Exceptions;

/// <summary>How an error maps to HTTP, decided where the error is raised, not guessed at the edge.</summary>
public enum ErrorKind
{
    Business,
    Validation,
    NotFound,
    Forbidden,
    Unauthorized,
    Conflict,
    TooManyRequests
}
