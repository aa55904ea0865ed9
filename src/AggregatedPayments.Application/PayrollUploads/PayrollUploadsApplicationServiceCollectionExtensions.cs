using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payroll;

public static class PayrollUploadsApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddPayrollUploadsApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PayrollUploadOptions>(configuration.GetSection(PayrollUploadOptions.SectionName));
        services.AddScoped<PayrollErrorReport>();
        services.AddScoped<IPayrollUploadAppService, PayrollUploadAppService>();
        return services;
    }
}
