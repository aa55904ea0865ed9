namespace AggregatedPayments.Permissions;

/// <summary>Everything that decides one user's rights, loaded in one query and evaluated in memory.</summary>
public sealed record UserPermissionSet(IReadOnlySet<string> Granted, IReadOnlySet<string> Prohibited)
{
    public static UserPermissionSet Empty { get; } = new(new HashSet<string>(), new HashSet<string>());
}
