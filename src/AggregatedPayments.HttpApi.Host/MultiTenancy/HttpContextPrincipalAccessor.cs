using System.Security.Claims;
using AggregatedPayments.Users;

namespace AggregatedPayments.MultiTenancy;

/// <summary>The signed-in principal of the current HTTP request; none outside a request (jobs).</summary>
public sealed class HttpContextPrincipalAccessor(IHttpContextAccessor httpContextAccessor) : ICurrentPrincipalAccessor
{
    public ClaimsPrincipal? Principal => httpContextAccessor.HttpContext?.User;
}
