namespace AggregatedPayments.MultiTenancy;

/// <summary>A row owned by one merchant (tenant); null means the platform (host).</summary>
public interface IMultiTenant
{
    Guid? TenantId { get; }
}
