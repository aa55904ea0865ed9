using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
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

    /// <summary>With the Application layer too, and a principal the test sets (<see cref="Users.TestPrincipalAccessor"/>).</summary>
    public static Task<TestDatabase> CreateWithApplicationAsync(Action<IServiceCollection>? configure = null) =>
        CreateAsync(services =>
        {
            services.AddAggregatedPaymentsApplication(services.BuildConfiguration());
            services.AddSingleton<Users.TestPrincipalAccessor>();
            services.AddSingleton<Users.ICurrentPrincipalAccessor>(sp => sp.GetRequiredService<Users.TestPrincipalAccessor>());
            configure?.Invoke(services);
        });

    public static async Task<TestDatabase> CreateAsync(Action<IServiceCollection>? configure = null)
    {
        var instance = TestDatabaseSettings.NewInstance();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(instance.Configuration)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Jwt:SigningKey"] = Hosting.AggregatedPaymentsWebFactory.JwtSigningKey,
                [Encryption.EncryptionOptions.KeyEncryptionKeyPath] = Encryption.EncryptionKeyValidator.TestKey
            })
            .Build();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMemoryCache();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(clock);
        services.AddAggregatedPaymentsDomain();
        services.AddAggregatedPaymentsEntityFrameworkCore(configuration);

        // Tests drain the queue with RunPendingAsync and may assert the order jobs ran in: one at a time unless a test asks for more.
        services.Configure<BackgroundJobs.BackgroundJobOptions>(o => o.MaxConcurrency = 1);
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
