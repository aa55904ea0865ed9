using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payroll.DataSources;

public static class PayrollDataSourcesApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddPayrollDataSourcesApplication(this IServiceCollection services) =>
        services.AddScoped<IPayrollDataSourceAppService, PayrollDataSourceAppService>();
}
