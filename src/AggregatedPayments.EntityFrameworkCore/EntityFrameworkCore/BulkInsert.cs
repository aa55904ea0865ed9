using System.Data.Common;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AggregatedPayments.EntityFrameworkCore;

/// <summary>
/// Inserts rows without the change tracker, many per statement: <c>INSERT … VALUES (…), (…), …</c> built
/// from the model's own mapping (column names, type mappings and converters, so values land exactly as
/// EF Core writes them), every value a parameter. This is what the volume paths use (a 100,000-line payroll):
/// the tracker's per-row bookkeeping costs several times the database's own insert rate. The caller's
/// pending changes stay pending; a unique-key clash fails the statement with <see cref="ErrorCodes.DuplicateKey"/>
/// and, inside the caller's transaction, leaves the transaction to the caller. Like every set-based write it
/// checks the tenant of each row itself.
/// </summary>
internal static class BulkInsert
{
    // SQLite takes 32,766 parameters per statement and MariaDB 65,535; stay well under both, and keep statements short.
    private const int MaxParametersPerStatement = 16_000;
    private const int MaxRowsPerStatement = 500;

    public static async Task InsertAsync<TEntity>(AggregatedPaymentsDbContext db, IReadOnlyList<TEntity> rows, CancellationToken cancellationToken)
        where TEntity : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        foreach (var row in rows)
        {
            GuardTenant(db, row);
        }

        var entityType = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
        if (entityType.GetComplexProperties().Any() || entityType.GetNavigations().Any(n => n.TargetEntityType.IsOwned()))
        {
            throw new InvalidOperationException($"{typeof(TEntity).Name} maps more than plain columns; insert it through the change tracker.");
        }

        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var properties = entityType.GetProperties().ToList();
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        var prefix = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ";
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            if (db.Database.IsSqlite())
            {
                await InsertOneByOneAsync(db, rows, properties, prefix, sql, cancellationToken);
            }
            else
            {
                await InsertManyPerStatementAsync(db, rows, properties, prefix, sql, cancellationToken);
            }
        }
        catch (Exception exception) when (DbExceptionTranslator.IsUniqueViolation(exception))
        {
            throw new ConflictException(ErrorCodes.DuplicateKey, typeof(TEntity).Name, exception);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // SQLite finds a parameter by a linear scan of the statement's names, so thousands per statement cost
    // quadratic time; one prepared single-row statement, re-bound and run per row, is its fastest path.
    private static async Task InsertOneByOneAsync<TEntity>(
        AggregatedPaymentsDbContext db, IReadOnlyList<TEntity> rows, List<IProperty> properties, string prefix, ISqlGenerationHelper sql, CancellationToken cancellationToken)
        where TEntity : class
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var mappings = properties.Select(p => p.GetRelationalTypeMapping()).ToArray();
        var getters = properties.Select(p => p.GetGetter()).ToArray();
        var parameters = new DbParameter[properties.Count];
        for (var i = 0; i < properties.Count; i++)
        {
            parameters[i] = mappings[i].CreateParameter(command, sql.GenerateParameterName("p" + i), getters[i].GetClrValue(rows[0]), properties[i].IsNullable);
            command.Parameters.Add(parameters[i]);
        }

        command.CommandText = prefix + "(" + string.Join(", ", parameters.Select(p => p.ParameterName)) + ")";
        await command.PrepareAsync(cancellationToken);
        for (var row = 0; row < rows.Count; row++)
        {
            if (row > 0)
            {
                for (var i = 0; i < parameters.Length; i++)
                {
                    var value = getters[i].GetClrValue(rows[row]);
                    parameters[i].Value = (value is null ? null : mappings[i].Converter is { } converter ? converter.ConvertToProvider(value) : value) ?? DBNull.Value;
                }
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    // MariaDB pays a round trip per statement instead: many rows per statement.
    private static async Task InsertManyPerStatementAsync<TEntity>(
        AggregatedPaymentsDbContext db, IReadOnlyList<TEntity> rows, List<IProperty> properties, string prefix, ISqlGenerationHelper sql, CancellationToken cancellationToken)
        where TEntity : class
    {
        var rowsPerStatement = Math.Clamp(MaxParametersPerStatement / properties.Count, 1, MaxRowsPerStatement);
        for (var start = 0; start < rows.Count; start += rowsPerStatement)
        {
            var count = Math.Min(rowsPerStatement, rows.Count - start);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            var values = new List<string>(count);
            for (var row = start; row < start + count; row++)
            {
                var names = new string[properties.Count];
                for (var i = 0; i < properties.Count; i++)
                {
                    var property = properties[i];
                    var parameter = property.GetRelationalTypeMapping().CreateParameter(
                        command, sql.GenerateParameterName("p" + command.Parameters.Count), property.GetGetter().GetClrValue(rows[row]), property.IsNullable);
                    command.Parameters.Add(parameter);
                    names[i] = parameter.ParameterName;
                }

                values.Add("(" + string.Join(", ", names) + ")");
            }

            // Only identifiers from the model, delimited by the provider, and parameter placeholders: no value is ever in the text.
            command.CommandText = prefix + string.Join(", ", values);
            await command.ExecuteNonQueryAsync(cancellationToken);
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
