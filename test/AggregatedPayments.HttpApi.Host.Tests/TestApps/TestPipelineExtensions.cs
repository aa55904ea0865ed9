using System.Net;
using AggregatedPayments.Identity;
using AggregatedPayments.MultiTenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.TestApps;

/// <summary>Stand-ins for the pieces of the host that other features own, just enough to run ours in place.</summary>
public static class TestPipelineExtensions
{
    public const string ClientIpHeader = "X-Test-Ip";

    public static IServiceCollection AddTestAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(TestAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TestAuthenticationHandler>(TestAuthenticationHandler.SchemeName, null);
        services.AddAuthorization();
        services.AddSingleton<IAuthorizationPolicyProvider, TestPermissionPolicyProvider>();
        return services;
    }

    /// <summary>What forwarded headers do in the host: the client address, before anything reads it.</summary>
    public static IApplicationBuilder UseTestClientIp(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            if (context.Request.Headers[ClientIpHeader].FirstOrDefault() is { } ip)
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse(ip);
            }

            return next(context);
        });

    /// <summary>The user's tenant claim wins; otherwise the tenant header (the real resolver also checks the right to use it).</summary>
    public static IApplicationBuilder UseTestTenantResolution(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var value = context.User.FindFirst(ClaimNames.TenantId)?.Value ?? context.Request.Headers[TenantHeader.Name].FirstOrDefault();
            using (context.RequestServices.GetRequiredService<ICurrentTenant>().Change(value is null ? null : Guid.Parse(value)))
            {
                await next(context);
            }
        });

    private sealed class TestPermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
    {
        public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
            await base.GetPolicyAsync(policyName)
            ?? new AuthorizationPolicyBuilder(TestAuthenticationHandler.SchemeName)
                .RequireClaim(TestAuthenticationHandler.PermissionClaim, policyName)
                .Build();
    }
}
