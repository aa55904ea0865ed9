namespace AggregatedPayments.Users;

public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    Guid? Id { get; }

    string? UserName { get; }

    /// <summary>The tenant the user belongs to (null for platform users), not the tenant it acts in.</summary>
    Guid? TenantId { get; }

    IReadOnlyList<string> Roles { get; }

    Guid GetId() => Id ?? throw new InvalidOperationException("No user is signed in.");
}
