using System.Security.Claims;
using System.Text.Encodings.Web;
using AggregatedPayments.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.TestApps;

/// <summary>Signs in whoever the test headers name: a user id, its tenant, and the permissions it holds.</summary>
public sealed class TestAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string UserHeader = "X-Test-User";
    public const string UserTenantHeader = "X-Test-User-Tenant";
    public const string PermissionsHeader = "X-Test-Permissions";
    public const string PermissionClaim = "test-permission";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var userId = Request.Headers[UserHeader].FirstOrDefault();
        if (userId is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim> { new(ClaimNames.UserId, userId), new(ClaimNames.UserName, "user-" + userId[..8]) };
        if (Request.Headers[UserTenantHeader].FirstOrDefault() is { } tenantId)
        {
            claims.Add(new Claim(ClaimNames.TenantId, tenantId));
        }

        claims.AddRange((Request.Headers[PermissionsHeader].FirstOrDefault() ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => new Claim(PermissionClaim, p)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }
}
