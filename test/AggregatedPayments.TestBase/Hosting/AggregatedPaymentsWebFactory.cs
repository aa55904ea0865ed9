using AggregatedPayments.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace AggregatedPayments.Hosting;

/// <summary>
/// The real host in memory, on a database of its own for the whole test run (migrated once at start),
/// with a fake clock the tests move instead of sleeping. Tests isolate themselves by creating their
/// own merchants.
/// </summary>
public sealed class AggregatedPaymentsWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "HostAdmin123!";
    public const string JwtSigningKey = "dGVzdHMtb25seS1zaWduaW5nLWtleS0xMTExMTExMTExMTExMTExMTExMTE=";

    private readonly TestDatabaseSettings.Instance _database = TestDatabaseSettings.NewInstance();

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public CapturedLogs Logs { get; } = new();

    public Task InitializeAsync()
    {
        // Touching the server builds the host, which migrates and seeds.
        _ = Server;
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DropAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in Settings())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.AddProvider(Logs);
            logging.AddFilter<CapturedLogs>(null, LogLevel.Trace);
        });
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    private IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        foreach (var pair in _database.Configuration)
        {
            yield return pair;
        }

        yield return new("Database:MigrateOnStartup", "true");
        yield return new("Jwt:SigningKey", JwtSigningKey);
        yield return new(Encryption.EncryptionOptions.KeyEncryptionKeyPath, Encryption.EncryptionKeyValidator.TestKey);
        yield return new("Seed:AdminPassword", AdminPassword);
        yield return new("BackgroundJobs:IsWorkerEnabled", "false");
        yield return new("BackgroundJobs:MaxConcurrency", "1");
        yield return new("PayoutSubmission:IsSweepEnabled", "false");
        yield return new("Logging:LogLevel:Default", "Warning");

        // The channel simulator listens on localhost in tests; an operator allows such a target the same way.
        // Loopback by address (127.0.0.1) stays refused, and the guard's own tests run without this allowance.
        yield return new("OutboundCalls:AllowedTargets:0", "localhost");
    }
}
