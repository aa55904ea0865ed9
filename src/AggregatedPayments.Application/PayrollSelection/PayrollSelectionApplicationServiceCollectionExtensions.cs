using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payroll;

public static class PayrollSelectionApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddPayrollSelectionApplication(this IServiceCollection services) =>
        services
            .AddScoped<IPayrollItemAppService, PayrollItemAppService>()
            .AddScoped<IPayrollSubmissionAppService, PayrollSubmissionAppService>();
}
