using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Payroll;

public static class PayrollDomainServiceCollectionExtensions
{
    /// <summary>The intake's checks and writer; the store comes from the EF Core layer.</summary>
    public static IServiceCollection AddPayrollDomain(this IServiceCollection services)
    {
        services.TryAddScoped<PayrollItemValidator>();
        services.TryAddScoped<PayrollIntakeWriter>();
        return services;
    }
}
