namespace AggregatedPayments.Data;

public sealed class DataFilter : IDataFilter
{
    private static readonly AsyncLocal<bool> MultiTenantDisabled = new();
    private static readonly AsyncLocal<bool> SoftDeleteDisabled = new();

    public bool IsMultiTenantFilterEnabled => !MultiTenantDisabled.Value;

    public bool IsSoftDeleteFilterEnabled => !SoftDeleteDisabled.Value;

    public IDisposable DisableMultiTenantFilter() => Disable(MultiTenantDisabled);

    public IDisposable DisableSoftDeleteFilter() => Disable(SoftDeleteDisabled);

    private static IDisposable Disable(AsyncLocal<bool> flag)
    {
        var previous = flag.Value;
        flag.Value = true;
        return new Scope(() => flag.Value = previous);
    }

    private sealed class Scope(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
