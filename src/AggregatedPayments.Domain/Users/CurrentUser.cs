using System.Security.Claims;
using AggregatedPayments.Identity;

namespace AggregatedPayments.Users;

public sealed class CurrentUser(ICurrentPrincipalAccessor principalAccessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => principalAccessor.Principal;

    public bool IsAuthenticated => Id is not null;

    public Guid? Id => ParseGuid(Principal?.FindFirst(ClaimNames.UserId)?.Value);

    public string? UserName => Principal?.FindFirst(ClaimNames.UserName)?.Value;

    public Guid? TenantId => ParseGuid(Principal?.FindFirst(ClaimNames.TenantId)?.Value);

    public IReadOnlyList<string> Roles =>
        Principal?.FindAll(ClaimNames.Role).Select(c => c.Value).ToArray() ?? [];

    private static Guid? ParseGuid(string? value) => Guid.TryParse(value, out var id) ? id : null;
}
