namespace AggregatedPayments.Data;

/// <summary>Disposing without <see cref="CommitAsync"/> rolls back.</summary>
public interface IUnitOfWorkTransaction : IAsyncDisposable
{
    Task CommitAsync(CancellationToken cancellationToken = default);
}
