namespace AggregatedPayments.Data;

/// <summary>Switches the DbContext's query filters off for a scope, for the few places that must see across them.</summary>
public interface IDataFilter
{
    bool IsMultiTenantFilterEnabled { get; }

    bool IsSoftDeleteFilterEnabled { get; }

    IDisposable DisableMultiTenantFilter();

    IDisposable DisableSoftDeleteFilter();
}
