using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AggregatedPayments.Ledger;

/// <summary>
/// Inserts one row at once, as one INSERT built from the model's own mapping (column names, type
/// mappings and converters, so values land exactly as EF Core writes them), without the change
/// tracker: the caller's pending changes stay pending, and a unique-key clash fails only this
/// statement, leaving the caller's transaction usable. Like every set-based write it checks the tenant itself.
/// </summary>
internal static class DirectInsert
{
    public static async Task InsertAsync<TEntity>(AggregatedPaymentsDbContext db, TEntity entity, CancellationToken cancellationToken)
        where TEntity : class
    {
        GuardTenant(db, entity);
        var entityType = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
        if (entityType.GetComplexProperties().Any() || entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
        {
            throw new InvalidOperationException($"{typeof(TEntity).Name} maps more than plain columns; insert it through the change tracker.");
        }

        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = entityType.GetProperties().ToList();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        var parameters = properties
            .Select((p, i) => p.GetRelationalTypeMapping().CreateParameter(command, sql.GenerateParameterName("p" + i), p.GetGetter().GetClrValue(entity), p.IsNullable))
            .ToArray();
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        var values = string.Join(", ", parameters.Select(p => p.ParameterName));

        // Only identifiers from the model, delimited by the provider, and parameter placeholders: no value is ever in the text.
        var insert = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ({values})";
        try
        {
            await db.Database.ExecuteSqlRawAsync(insert, parameters.Cast<object>(), cancellationToken);
        }
        catch (Exception exception) when (DbExceptionTranslator.IsUniqueViolation(exception))
        {
            throw new ConflictException(ErrorCodes.DuplicateKey, typeof(TEntity).Name, exception);
        }
    }

    /// <summary>False when a unique key already holds the row's values; nothing was written then.</summary>
    public static async Task<bool> TryInsertAsync<TEntity>(AggregatedPaymentsDbContext db, TEntity entity, CancellationToken cancellationToken)
        where TEntity : class
    {
        try
        {
            await InsertAsync(db, entity, cancellationToken);
            return true;
        }
        catch (ConflictException conflict) when (conflict.Code == ErrorCodes.DuplicateKey)
        {
            return false;
        }
    }

    private static void GuardTenant(AggregatedPaymentsDbContext db, object entity)
    {
        if (entity is IMultiTenant multiTenant && db.IsMultiTenantFilterEnabled && multiTenant.TenantId != db.CurrentTenantId)
        {
            throw new ForbiddenException(ErrorCodes.CrossTenantWrite, entity.GetType().Name);
        }
    }
}
