using AggregatedPayments.BackgroundJobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.Payouts;

public static class PayoutSubmissionDomainServiceCollectionExtensions
{
    /// <summary>The submission engine: the submitter behind <see cref="IPayoutSubmitter"/>, its jobs, the sweep and the balance sync.</summary>
    public static IServiceCollection AddPayoutSubmissionDomain(this IServiceCollection services)
    {
        services.AddOptions<PayoutSubmissionOptions>().BindConfiguration(PayoutSubmissionOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PayoutSubmissionOptions>, PayoutSubmissionOptionsValidator>());
        services.TryAddSingleton<ChannelSendLimiter>();
        services.TryAddSingleton<ChannelRatePacer>();
        services.TryAddSingleton<PayoutEngineSteps>();
        services.TryAddSingleton<PayoutJanitor>();
        services.TryAddScoped<PayoutChannelResolver>();
        services.TryAddScoped<PayoutRoutingCandidates>();
        services.TryAddScoped<PayoutAnswerFactory>();
        services.TryAddScoped<PayoutInstructionFactory>();
        services.TryAddScoped<PayoutSubmitter>();
        services.TryAddScoped<IPayoutSubmitter>(sp => sp.GetRequiredService<PayoutSubmitter>());
        services.TryAddScoped<MerchantChannelBalanceSync>();
        services.AddPayoutBatchesDomain();
        services.AddBackgroundJob<PayoutSendJob, PayoutSendJobArgs>();
        services.AddBackgroundJob<PayoutQueryJob, PayoutQueryJobArgs>();
        services.AddBackgroundJob<PayoutFailoverJob, PayoutFailoverJobArgs>();
        services.AddBackgroundJob<BalanceSyncJob, BalanceSyncJobArgs>();
        return services;
    }
}
