using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payroll;

public static class PayrollSelectionEntityFrameworkCoreServiceCollectionExtensions
{
    public static IServiceCollection AddPayrollSelectionEntityFrameworkCore(this IServiceCollection services) =>
        services.AddScoped<IPayrollSelectionStore, EfPayrollSelectionStore>();
}
