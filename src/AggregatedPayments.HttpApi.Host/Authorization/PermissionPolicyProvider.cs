using AggregatedPayments.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.Authorization;

/// <summary>
/// A policy name that is a defined permission becomes "signed in and holding that permission".
/// Any other name falls through to the registered policies, so a typo in [Authorize(...)] fails
/// at the first request instead of silently letting everyone in.
/// </summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, PermissionDefinitionManager definitions)
    : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (definitions.GetOrNull(policyName) is null)
        {
            return await base.GetPolicyAsync(policyName)
                   ?? throw new InvalidOperationException($"'{policyName}' is neither a permission nor a registered policy.");
        }

        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName))
            .Build();
    }
}
