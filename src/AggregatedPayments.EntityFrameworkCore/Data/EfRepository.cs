using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Entities;
using AggregatedPayments.Exceptions;
using Microsoft.EntityFrameworkCore;

namespace AggregatedPayments.Data;

internal sealed class EfRepository<TEntity>(AggregatedPaymentsDbContext db) : IRepository<TEntity>
    where TEntity : Entity<Guid>
{
    public IQueryable<TEntity> Query() => db.Set<TEntity>();

    public IQueryable<TEntity> QueryNoTracking() => db.Set<TEntity>().AsNoTracking();

    // FirstOrDefault rather than Find: Find would return a tracked row of another tenant without filtering.
    public Task<TEntity?> FindAsync(Guid id, CancellationToken cancellationToken = default) =>
        db.Set<TEntity>().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    public async Task<TEntity> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken) ?? throw new EntityNotFoundException(typeof(TEntity).Name, id);

    public async Task InsertAsync(TEntity entity, CancellationToken cancellationToken = default) =>
        await db.Set<TEntity>().AddAsync(entity, cancellationToken);

    public void Delete(TEntity entity) => db.Set<TEntity>().Remove(entity);
}
