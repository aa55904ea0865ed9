using System.Security.Claims;
using AggregatedPayments.Identity;

namespace AggregatedPayments.Users;

/// <summary>Lets a test below the host act as a given user.</summary>
public sealed class TestPrincipalAccessor : ICurrentPrincipalAccessor
{
    public ClaimsPrincipal? Principal { get; private set; }

    public void SignIn(Guid userId, Guid? tenantId, string userName = "tester")
    {
        var claims = new List<Claim> { new(ClaimNames.UserId, userId.ToString()), new(ClaimNames.UserName, userName) };
        if (tenantId is not null)
        {
            claims.Add(new Claim(ClaimNames.TenantId, tenantId.Value.ToString()));
        }

        Principal = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }
}
