namespace AggregatedPayments.Payroll.DataSources;

/// <param name="Http">Set for an HTTP source.</param>
/// <param name="Database">Set for a database source; its password is never returned.</param>
/// <param name="LastPullIntakeId">The intake of the pull running now or run last.</param>
public sealed record PayrollDataSourceDto(
    Guid Id,
    string Name,
    PayrollDataSourceKind Kind,
    bool IsEnabled,
    PayrollHttpSourceDto? Http,
    PayrollDatabaseSourceDto? Database,
    Guid? LastPullIntakeId,
    DateTime? LastPullTime,
    DateTime CreationTime,
    int Version);
