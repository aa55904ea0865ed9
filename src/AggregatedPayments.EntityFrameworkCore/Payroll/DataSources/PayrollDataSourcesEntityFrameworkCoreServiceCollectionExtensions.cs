using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payroll.DataSources;

public static class PayrollDataSourcesEntityFrameworkCoreServiceCollectionExtensions
{
    /// <summary>The pull mark's guarded update, and the merchant database reader (it speaks MySQL, which lives here).</summary>
    public static IServiceCollection AddPayrollDataSourcesEntityFrameworkCore(this IServiceCollection services)
    {
        services.AddScoped<IPayrollDataSourceStore, EfPayrollDataSourceStore>();
        services.AddMerchantDatabaseSources();
        return services;
    }
}
