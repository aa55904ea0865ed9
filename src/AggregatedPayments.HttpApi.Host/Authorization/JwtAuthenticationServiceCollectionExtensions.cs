using AggregatedPayments.Account;
using AggregatedPayments.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace AggregatedPayments.Authorization;

public static class JwtAuthenticationServiceCollectionExtensions
{
    /// <summary>Our own tokens (no OpenID Connect server: OpenIddict 7 would need EF Core 10), checked per request against the user's state.</summary>
    public static IServiceCollection AddPlatformAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>, TimeProvider>((options, jwt, clock) =>
            {
                options.MapInboundClaims = false;
                options.TimeProvider = clock;
                options.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = jwt.Value.Issuer,
                    ValidAudience = jwt.Value.Audience,
                    IssuerSigningKey = new SymmetricSecurityKey(jwt.Value.GetSigningKeyBytes()),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    NameClaimType = ClaimNames.UserName,
                    RoleClaimType = ClaimNames.Role,
                    ClockSkew = ClockSkew,
                    // Lifetimes are judged by the platform's clock, the same one that issued them (tests move it).
                    LifetimeValidator = (notBefore, expires, _, _) => IsWithinLifetime(clock.GetUtcNow().UtcDateTime, notBefore, expires)
                };
                options.Events = new JwtBearerEvents { OnTokenValidated = SessionValidation.OnTokenValidatedAsync };
            });

        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionAuthorizationHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ErrorBodyAuthorizationResultHandler>();
        services.AddAuthorization();
        return services;
    }

    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    private static bool IsWithinLifetime(DateTime utcNow, DateTime? notBefore, DateTime? expires) =>
        expires is not null && expires.Value.ToUniversalTime() + ClockSkew > utcNow
                            && (notBefore is null || notBefore.Value.ToUniversalTime() - ClockSkew <= utcNow);
}
