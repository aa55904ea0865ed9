using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Notifications;

public static class NotificationsApplicationServiceCollectionExtensions
{
    public static IServiceCollection AddNotificationsApplication(this IServiceCollection services) =>
        services.AddScoped<IMerchantNotificationAppService, MerchantNotificationAppService>();
}
