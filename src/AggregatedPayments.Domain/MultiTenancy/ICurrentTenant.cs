namespace AggregatedPayments.MultiTenancy;

/// <summary>The merchant the current code acts for; null is the platform (host).</summary>
public interface ICurrentTenant
{
    Guid? Id { get; }

    bool IsHost => Id is null;

    /// <summary>Acts for another tenant until the returned scope is disposed (jobs, seeding, host acting inside a merchant).</summary>
    IDisposable Change(Guid? tenantId);
}
