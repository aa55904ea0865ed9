using System.Security.Claims;

namespace AggregatedPayments.Users;

/// <summary>Where the signed-in principal is read from: the HTTP request in the host, a job's owner in a worker.</summary>
public interface ICurrentPrincipalAccessor
{
    ClaimsPrincipal? Principal { get; }
}
