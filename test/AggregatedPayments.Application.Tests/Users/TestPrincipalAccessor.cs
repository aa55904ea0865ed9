using System.Security.Claims;
using AggregatedPayments.Identity;

namespace AggregatedPayments.Users;

/// <summary>Who is signed in for an application-layer test; null is nobody.</summary>
public sealed class TestPrincipalAccessor : ICurrentPrincipalAccessor
{
    public ClaimsPrincipal? Principal { get; private set; }

    public void SignIn(Guid userId, string userName, Guid? tenantId)
    {
        var claims = new List<Claim> { new(ClaimNames.UserId, userId.ToString()), new(ClaimNames.UserName, userName) };
        if (tenantId is not null)
        {
            claims.Add(new Claim(ClaimNames.TenantId, tenantId.Value.ToString()));
        }

        Principal = new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }
}
