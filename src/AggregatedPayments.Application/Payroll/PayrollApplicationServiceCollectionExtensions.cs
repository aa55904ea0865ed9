using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payroll;

public static class PayrollApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddPayrollApplication(this IServiceCollection services) =>
        services.AddScoped<IPayrollIntakeAppService, PayrollIntakeAppService>();
}
