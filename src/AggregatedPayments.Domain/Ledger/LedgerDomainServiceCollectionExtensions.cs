using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Ledger;

public static class LedgerDomainServiceCollectionExtensions
{
    /// <summary>The ledger service; its store comes from the EF Core layer.</summary>
    public static IServiceCollection AddLedgerDomain(this IServiceCollection services)
    {
        services.TryAddScoped<LedgerService>();
        return services;
    }
}
