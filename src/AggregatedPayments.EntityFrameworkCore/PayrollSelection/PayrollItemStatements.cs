using System.Data.Common;
using System.Text;
using AggregatedPayments.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Guarded updates of many items by id in one statement, built from the model's own mapping (column names, type
/// mappings and converters) with every value a parameter. Only valid pending items of the current merchant move,
/// and the count says how many did. The guard columns are written so that no index can serve them on SQLite
/// (its planner, without statistics, would scan the merchant's pending items instead of looking the ids up).
/// </summary>
internal sealed class PayrollItemStatements
{
    private readonly AggregatedPaymentsDbContext _db;
    private readonly IEntityType _entity;
    private readonly StoreObjectIdentifier _table;
    private readonly ISqlGenerationHelper _sql;
    private readonly DbCommand _factory;
    private readonly List<DbParameter> _parameters = [];

    private PayrollItemStatements(AggregatedPaymentsDbContext db)
    {
        _db = db;
        _entity = db.Model.FindEntityType(typeof(PayrollItem)) ?? throw new InvalidOperationException("PayrollItem is not mapped.");
        _table = StoreObjectIdentifier.Table(_entity.GetTableName()!, _entity.GetSchema());
        _sql = db.GetService<ISqlGenerationHelper>();
        _factory = db.Database.GetDbConnection().CreateCommand();
    }

    /// <summary>Each order's items become submitted with that order.</summary>
    public static Task<int> MarkSubmittedAsync(AggregatedPaymentsDbContext db, Guid tenantId, IReadOnlyList<PayrollOrderItems> orders, DateTime submittedTime, CancellationToken cancellationToken)
    {
        var statement = new PayrollItemStatements(db);
        var cases = new StringBuilder();
        var all = new List<string>();
        foreach (var order in orders)
        {
            var ids = order.ItemIds.Select(id => statement.Value(nameof(PayrollItem.Id), id)).ToList();
            all.AddRange(ids);
            cases.Append($" WHEN {statement.Column(nameof(PayrollItem.Id))} IN ({string.Join(", ", ids)}) THEN {statement.Value(nameof(PayrollItem.OrderId), order.OrderId)}");
        }

        var set = $"{statement.Column(nameof(PayrollItem.Status))} = {statement.Value(nameof(PayrollItem.Status), PayrollItemStatus.Submitted)}, "
                  + $"{statement.Column(nameof(PayrollItem.OrderId))} = CASE{cases} END, "
                  + $"{statement.Column(nameof(PayrollItem.SubmittedTime))} = {statement.Value(nameof(PayrollItem.SubmittedTime), submittedTime)}";
        return statement.ExecuteAsync(set, all, tenantId, cancellationToken);
    }

    public static Task<int> DiscardAsync(AggregatedPaymentsDbContext db, Guid tenantId, IReadOnlyList<Guid> itemIds, CancellationToken cancellationToken)
    {
        var statement = new PayrollItemStatements(db);
        var ids = itemIds.Select(id => statement.Value(nameof(PayrollItem.Id), id)).ToList();
        var set = $"{statement.Column(nameof(PayrollItem.Status))} = {statement.Value(nameof(PayrollItem.Status), PayrollItemStatus.Discarded)}";
        return statement.ExecuteAsync(set, ids, tenantId, cancellationToken);
    }

    private async Task<int> ExecuteAsync(string set, List<string> ids, Guid tenantId, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return 0;
        }

        var version = Column(nameof(PayrollItem.Version));
        var text = $"UPDATE {_sql.DelimitIdentifier(_table.Name, _table.Schema)} SET {set}, {version} = {version} + 1 "
                   + $"WHERE {Column(nameof(PayrollItem.Id))} IN ({string.Join(", ", ids)}) "
                   + $"AND {Guard(nameof(PayrollItem.TenantId))} = {Value(nameof(PayrollItem.TenantId), tenantId)} "
                   + $"AND {Guard(nameof(PayrollItem.Status))} = {Value(nameof(PayrollItem.Status), PayrollItemStatus.Pending)} "
                   + $"AND {Guard(nameof(PayrollItem.IsValid))} = {Value(nameof(PayrollItem.IsValid), true)}";
        await using (_factory)
        {
            // Only identifiers from the model, delimited by the provider, and parameter placeholders: no value is ever in the text.
            return await _db.Database.ExecuteSqlRawAsync(text, _parameters.Cast<object>(), cancellationToken);
        }
    }

    private string Column(string property) => _sql.DelimitIdentifier(_entity.FindProperty(property)!.GetColumnName(_table)!);

    // SQLite's unary + keeps the value and takes the column out of index selection.
    private string Guard(string property) => (_db is SqliteAggregatedPaymentsDbContext ? "+" : "") + Column(property);

    private string Value(string property, object? value)
    {
        var mapped = _entity.FindProperty(property)!;
        var parameter = mapped.GetRelationalTypeMapping().CreateParameter(_factory, _sql.GenerateParameterName("p" + _parameters.Count), value, mapped.IsNullable);
        _parameters.Add(parameter);
        return parameter.ParameterName;
    }
}
