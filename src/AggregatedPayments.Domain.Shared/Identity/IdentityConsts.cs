namespace AggregatedPayments.Identity;

public static class IdentityConsts
{
    public const string AdminUserName = "admin";
    public const string AdminRoleName = "admin";
    public const int MaxUserNameLength = 64;
    public const int MaxRoleNameLength = 64;
}
