using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AggregatedPayments.Data;

/// <summary>
/// A database for tests below the HTTP host: a container with the EF Core layer on the provider the
/// run names (<see cref="TestDatabaseSettings"/>), the schema built, a fake clock.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly TestDatabaseSettings.Instance _instance;

    private TestDatabase(ServiceProvider services, TestDatabaseSettings.Instance instance, FakeTimeProvider clock)
    {
        _services = services;
        _instance = instance;
        Clock = clock;
    }

    public IServiceProvider Services => _services;

    public FakeTimeProvider Clock { get; }

    public static async Task<TestDatabase> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var instance = TestDatabaseSettings.NewInstance();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(instance.Configuration).Build();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMemoryCache();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton<ICurrentTenant, CurrentTenant>();
        services.AddSingleton<IDataFilter, DataFilter>();
        services.AddScoped<DataSeeder>();
        services.AddAggregatedPaymentsEntityFrameworkCore(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>().Database.MigrateAsync();
        }

        return new TestDatabase(provider, instance, clock);
    }

    public AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await _instance.DropAsync();
    }
}
