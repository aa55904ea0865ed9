using System.Security.Claims;
using AggregatedPayments.Identity;
using AggregatedPayments.Settings;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AggregatedPayments.Account;

/// <summary>Signs short-lived access tokens that carry the user's id, tenant, roles and security stamp.</summary>
public sealed class AccessTokenIssuer(IOptions<JwtOptions> options, ISettingProvider settings, TimeProvider clock)
{
    private readonly JsonWebTokenHandler _handler = new();

    public async Task<(string Token, int ExpiresInSeconds)> IssueAsync(AppUser user, IEnumerable<string> roles, CancellationToken cancellationToken)
    {
        var jwt = options.Value;
        var now = clock.GetUtcNow().UtcDateTime;
        var claims = new List<Claim>
        {
            new(ClaimNames.UserId, user.Id.ToString()),
            new(ClaimNames.UserName, user.UserName!),
            new(ClaimNames.SecurityStamp, user.SecurityStamp!)
        };
        if (user.TenantId is { } tenantId)
        {
            claims.Add(new Claim(ClaimNames.TenantId, tenantId.ToString()));
        }

        claims.AddRange(roles.Select(role => new Claim(ClaimNames.Role, role)));
        var lifetime = TimeSpan.FromMinutes(await settings.GetIntAsync(FoundationSettingNames.AccessTokenMinutes, cancellationToken));
        var token = _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(jwt.GetSigningKeyBytes()), SecurityAlgorithms.HmacSha256)
        });
        return (token, (int)lifetime.TotalSeconds);
    }
}
