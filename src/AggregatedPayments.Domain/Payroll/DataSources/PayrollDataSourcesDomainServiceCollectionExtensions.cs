using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.OutboundCalls;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AggregatedPayments.Payroll.DataSources;

public static class PayrollDataSourcesDomainServiceCollectionExtensions
{
    /// <summary>Data sources, their readers and the pull job; the store comes from the EF Core layer.</summary>
    public static IServiceCollection AddPayrollDataSourcesDomain(this IServiceCollection services)
    {
        // A page may be larger than most outbound answers; OutboundCalls:Purposes:PayrollDataSource still decides.
        services.AddOptions<OutboundCallOptions>().Configure(options =>
        {
            if (!options.Purposes.TryGetValue(PayrollDataSourceConsts.OutboundPurpose, out var limits))
            {
                options.Purposes[PayrollDataSourceConsts.OutboundPurpose] = limits = new OutboundCallLimitOverride();
            }

            limits.MaxResponseBytes ??= PayrollDataSourceConsts.DefaultMaxPageBytes;
        });
        services.TryAddScoped<PayrollDataSourceManager>();
        services.TryAddScoped<HttpPayrollSourceReader>();
        services.TryAddScoped<PayrollDataSourceReader>();
        services.TryAddScoped<PayrollPullStarter>();
        services.AddBackgroundJob<PayrollPullJob, PayrollPullJobArgs>();
        return services;
    }
}
