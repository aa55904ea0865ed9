using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payroll;

public static class PayrollEntityFrameworkCoreServiceCollectionExtensions
{
    public static IServiceCollection AddPayrollEntityFrameworkCore(this IServiceCollection services) =>
        services.AddScoped<IPayrollStore, EfPayrollStore>();
}
