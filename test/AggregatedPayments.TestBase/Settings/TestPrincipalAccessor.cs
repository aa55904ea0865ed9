using System.Security.Claims;
using AggregatedPayments.Identity;
using AggregatedPayments.Users;

namespace AggregatedPayments.Settings;

/// <summary>Who is signed in, for tests below the HTTP host: set it, and the real <see cref="CurrentUser"/> reads it.</summary>
public sealed class TestPrincipalAccessor : ICurrentPrincipalAccessor
{
    public ClaimsPrincipal? Principal { get; private set; }

    public void SignIn(Guid userId, Guid? tenantId)
    {
        var claims = new List<Claim> { new(ClaimNames.UserId, userId.ToString()), new(ClaimNames.UserName, "user-" + userId.ToString("N")[..6]) };
        if (tenantId is not null)
        {
            claims.Add(new Claim(ClaimNames.TenantId, tenantId.Value.ToString()));
        }

        Principal = new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    public void SignOut() => Principal = null;
}
