namespace AggregatedPayments.ApplicationConfiguration;

/// <summary>The merchant the request acts in (for a platform user, the one it acts inside, if any).</summary>
public sealed record CurrentTenantDto(Guid? Id, string? Name, string? Code, bool IsAvailable);
