namespace AggregatedPayments.Exceptions;

public sealed class ConflictException(string code, string? details = null, Exception? innerException = null)
    : BusinessException(code, details, innerException)
{
    public override ErrorKind Kind => ErrorKind.Conflict;
}
