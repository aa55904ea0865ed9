using AggregatedPayments.Account;
using AggregatedPayments.Identity;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace AggregatedPayments.Authorization;

/// <summary>
/// Runs after a token's signature and lifetime check: the token also needs the user's current
/// security stamp, an active user and an active merchant, so that suspension and password changes
/// take effect at once rather than at expiry.
/// </summary>
public static class SessionValidation
{
    public const string RefusalCodeKey = "AP:AuthRefusalCode";

    public static async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        var principal = context.Principal!;
        var userId = Guid.TryParse(principal.FindFirst(ClaimNames.UserId)?.Value, out var id) ? id : (Guid?)null;
        var tenantId = Guid.TryParse(principal.FindFirst(ClaimNames.TenantId)?.Value, out var tid) ? tid : (Guid?)null;
        var stamp = principal.FindFirst(ClaimNames.SecurityStamp)?.Value;
        if (userId is null)
        {
            context.Fail("The token names no user.");
            return;
        }

        var validator = context.HttpContext.RequestServices.GetRequiredService<UserSessionValidator>();
        var refusal = await validator.ValidateAsync(userId.Value, tenantId, stamp, context.HttpContext.RequestAborted);
        if (refusal is not null)
        {
            context.HttpContext.Items[RefusalCodeKey] = refusal;
            context.Fail(refusal);
        }
    }
}
