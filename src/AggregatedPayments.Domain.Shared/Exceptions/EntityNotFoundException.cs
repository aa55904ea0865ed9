namespace AggregatedPayments.Exceptions;

/// <summary>Also what a read across tenants answers: the other merchant's row does not exist for the caller.</summary>
public sealed class EntityNotFoundException(string entityName, object? id = null)
    : BusinessException(ErrorCodes.EntityNotFound, $"{entityName} {id}".Trim())
{
    public override ErrorKind Kind => ErrorKind.NotFound;
}
