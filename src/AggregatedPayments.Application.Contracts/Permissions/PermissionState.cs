namespace AggregatedPayments.Permissions;

public enum PermissionState
{
    /// <summary>Nothing stored: a user inherits from its roles; a role does not hold it.</summary>
    NotSet = 0,
    Granted = 1,

    /// <summary>Users only: beats every grant the user's roles carry.</summary>
    Prohibited = 2
}
