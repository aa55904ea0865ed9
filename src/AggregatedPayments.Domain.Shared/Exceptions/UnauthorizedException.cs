namespace AggregatedPayments.Exceptions;

public sealed class UnauthorizedException(string code = ErrorCodes.Unauthorized, string? details = null)
    : BusinessException(code, details)
{
    public override ErrorKind Kind => ErrorKind.Unauthorized;
}
