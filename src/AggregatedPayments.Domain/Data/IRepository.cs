using AggregatedPayments.Entities;

namespace AggregatedPayments.Data;

/// <summary>
/// Access to one aggregate's rows through the DbContext, filters applied. Queries are composed as
/// <see cref="IQueryable{T}"/> and run with <see cref="IAsyncQueryExecuter"/>, so the Application
/// layer never references EF Core.
/// </summary>
public interface IRepository<TEntity>
    where TEntity : Entity<Guid>
{
    IQueryable<TEntity> Query();

    IQueryable<TEntity> QueryNoTracking();

    Task<TEntity?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Throws <c>EntityNotFoundException</c>, which answers 404, also for another tenant's row.</summary>
    Task<TEntity> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task InsertAsync(TEntity entity, CancellationToken cancellationToken = default);

    /// <summary>Soft-deletes where the entity supports it, otherwise removes the row.</summary>
    void Delete(TEntity entity);
}
