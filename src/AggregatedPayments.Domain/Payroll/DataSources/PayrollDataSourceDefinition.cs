namespace AggregatedPayments.Payroll.DataSources;

/// <summary>A data source as its editor gives it; the part of the other kind is ignored.</summary>
/// <param name="Database">An empty password keeps the stored one (a new source then has none).</param>
public sealed record PayrollDataSourceDefinition(
    PayrollDataSourceKind Kind,
    string? Name,
    bool IsEnabled,
    PayrollHttpSourceSettings? Http,
    MerchantDatabaseSettings? Database);
