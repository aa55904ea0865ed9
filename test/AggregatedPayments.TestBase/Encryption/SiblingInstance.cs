using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Encryption;

public static class SiblingInstance
{
    /// <summary>
    /// Another host instance on the same database and clock: its own container, caches and key ring, as a
    /// second process behind the load balancer would have. Dispose it before the database.
    /// </summary>
    public static ServiceProvider CreateSiblingInstance(this TestDatabase database, Action<IServiceCollection>? configure = null)
    {
        var configuration = database.Services.GetRequiredService<IConfiguration>();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(configuration);
        services.AddSingleton<TimeProvider>(database.Clock);
        services.AddAggregatedPaymentsDomain();
        services.AddAggregatedPaymentsEntityFrameworkCore(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
