namespace AggregatedPayments.Exceptions;

public sealed class ForbiddenException(string code = ErrorCodes.Forbidden, string? details = null)
    : BusinessException(code, details)
{
    public override ErrorKind Kind => ErrorKind.Forbidden;
}
