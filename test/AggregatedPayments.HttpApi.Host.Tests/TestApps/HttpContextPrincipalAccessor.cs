using System.Security.Claims;
using AggregatedPayments.Users;
using Microsoft.AspNetCore.Http;

namespace AggregatedPayments.TestApps;

public sealed class HttpContextPrincipalAccessor(IHttpContextAccessor accessor) : ICurrentPrincipalAccessor
{
    public ClaimsPrincipal? Principal => accessor.HttpContext?.User;
}
