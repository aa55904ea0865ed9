namespace AggregatedPayments.Payouts;

public static class PayoutSubmissionHostServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="PayoutSubmissionOptions"/> from the "PayoutSubmission" section and runs the janitor's
    /// sweep for lost jobs unless PayoutSubmission:IsSweepEnabled is false.
    /// </summary>
    public static IServiceCollection AddPayoutJanitor(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PayoutSubmissionOptions>().Bind(configuration.GetSection(PayoutSubmissionOptions.Section));
        services.AddHostedService<PayoutJanitorHostedService>();
        return services;
    }
}
