namespace AggregatedPayments.BackgroundJobs;

/// <param name="DbContext">The handler's own DbContext: which scope it ran in.</param>
public sealed record ProbeRun(string Key, Guid? TenantId, object DbContext);
