namespace AggregatedPayments.Account;

public static class AccountPermissions
{
    public const string GroupName = "AggregatedPayments.Account";

    /// <summary>
    /// Reading one's own profile, changing one's own password and user-level parameters. Every role
    /// gets it when created, and taking it from a user (a prohibition) freezes that user's profile.
    /// </summary>
    public const string Profile = GroupName + ".Profile";
}
