using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Payouts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.Notifications;

public static class NotificationsDomainServiceCollectionExtensions
{
    /// <summary>
    /// Merchant notifications: the payout observer that writes the outbox, the delivery job and its sender;
    /// the retry schedule from the "MerchantNotifications" section, checked at start.
    /// </summary>
    public static IServiceCollection AddNotificationsDomain(this IServiceCollection services)
    {
        services.AddOptions<MerchantNotificationOptions>().BindConfiguration(MerchantNotificationOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MerchantNotificationOptions>, MerchantNotificationOptionsValidator>());
        services.TryAddScoped<MerchantNotificationManager>();
        services.TryAddScoped<MerchantNotificationSender>();
        services.TryAddScoped<PayoutNotificationBodyFactory>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPayoutStateObserver, PayoutNotificationWriter>());
        services.AddBackgroundJob<MerchantNotificationDeliveryJob, MerchantNotificationDeliveryJobArgs>();
        return services;
    }
}
