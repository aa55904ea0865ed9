namespace AggregatedPayments.Payroll.DataSources;

/// <summary>The data sources' one set-based write: taking the "pull running" mark, which only one caller can win.</summary>
public interface IPayrollDataSourceStore
{
    /// <summary>
    /// Records <paramref name="intakeId"/> as the source's pull if its last pull is still <paramref name="expectedLastIntakeId"/>,
    /// in the caller's transaction; false when another pull took the source meanwhile. Touches neither the version nor the audit:
    /// an editor's change made at the same time is no conflict.
    /// </summary>
    Task<bool> TryMarkPullAsync(Guid dataSourceId, Guid? expectedLastIntakeId, Guid intakeId, DateTime utcNow, CancellationToken cancellationToken);
}
