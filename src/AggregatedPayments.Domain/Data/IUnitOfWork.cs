namespace AggregatedPayments.Data;

/// <summary>The request's unit of work: one DbContext, saved explicitly, optionally inside a transaction.</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken = default);

    Task<IUnitOfWorkTransaction> BeginTransactionAsync(CancellationToken cancellationToken = default);
}
