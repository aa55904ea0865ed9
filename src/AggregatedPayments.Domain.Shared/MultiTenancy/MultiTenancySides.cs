namespace AggregatedPayments.MultiTenancy;

/// <summary>Which side a definition serves: the platform (host), a merchant (tenant) or both.</summary>
[Flags]
public enum MultiTenancySides
{
    Tenant = 1,
    Host = 2,
    Both = Tenant | Host
}
