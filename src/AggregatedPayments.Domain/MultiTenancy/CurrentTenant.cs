namespace AggregatedPayments.MultiTenancy;

/// <summary>Kept in an AsyncLocal so that it flows with the request or job and never leaks between them.</summary>
public sealed class CurrentTenant : ICurrentTenant
{
    private static readonly AsyncLocal<TenantScope?> Current = new();

    public Guid? Id => Current.Value?.TenantId;

    public IDisposable Change(Guid? tenantId)
    {
        var parent = Current.Value;
        Current.Value = new TenantScope(tenantId);
        return new Restore(() => Current.Value = parent);
    }

    private sealed record TenantScope(Guid? TenantId);

    private sealed class Restore(Action restore) : IDisposable
    {
        private Action? _restore = restore;

        public void Dispose()
        {
            _restore?.Invoke();
            _restore = null;
        }
    }
}
