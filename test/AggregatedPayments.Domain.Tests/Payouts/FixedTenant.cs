using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payouts;

internal sealed class FixedTenant(Guid? id) : ICurrentTenant
{
    public Guid? Id => id;

    public IDisposable Change(Guid? tenantId) => throw new NotSupportedException("The tests act for one merchant.");
}
