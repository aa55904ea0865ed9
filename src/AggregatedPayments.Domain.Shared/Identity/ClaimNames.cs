namespace AggregatedPayments.Identity;

/// <summary>Claims our access tokens carry. Short names keep tokens small.</summary>
public static class ClaimNames
{
    public const string UserId = "sub";
    public const string UserName = "name";
    public const string TenantId = "tid";
    public const string SecurityStamp = "sst";
    public const string Role = "role";

    /// <summary>The key id of a merchant system's API credential, set only once the request's signature was verified.</summary>
    public const string ApiKeyId = "akid";
}
