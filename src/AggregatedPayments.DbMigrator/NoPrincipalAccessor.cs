using System.Security.Claims;
using AggregatedPayments.Users;

namespace AggregatedPayments.DbMigrator;

/// <summary>The migrator acts as the system: nobody is signed in.</summary>
internal sealed class NoPrincipalAccessor : ICurrentPrincipalAccessor
{
    public ClaimsPrincipal? Principal => null;
}
