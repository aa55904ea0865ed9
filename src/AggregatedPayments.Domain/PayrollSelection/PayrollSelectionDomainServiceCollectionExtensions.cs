using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Settings;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Payroll;

public static class PayrollSelectionDomainServiceCollectionExtensions
{
    /// <summary>Choosing, submitting and discarding pending payouts; the store comes from the EF Core layer.</summary>
    public static IServiceCollection AddPayrollSelectionDomain(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISettingValueRuleProvider, PayrollSelectionSettingValueRuleProvider>());
        services.TryAddScoped<PayrollSelectionReader>();
        services.TryAddScoped<PayrollChannelViewLoader>();
        services.TryAddScoped<PayrollAggregationRule>();
        services.TryAddScoped<PayrollSubmissionPreviewer>();
        services.TryAddScoped<PayrollSubmissionManager>();
        services.TryAddScoped<PayrollDiscardManager>();
        services.TryAddScoped<PayrollOrderBuilder>();
        services.TryAddScoped<PayrollOrderStarter>();
        services.TryAddScoped<PayrollChunkWriter>();
        services.TryAddSingleton<PayrollSubmissionProcessor>();
        services.AddBackgroundJob<PayrollSubmissionJob, PayrollSubmissionJobArgs>();
        return services;
    }
}
