using System.Net;
using System.Net.Sockets;
using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Data;
using AggregatedPayments.Encryption;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace AggregatedPayments.Demo;

/// <summary>
/// The host with Demo:Enabled on a database of its own, listening on a real port: the demo's data source and
/// notify endpoint are the host itself, reached through the outbound guard as in the README's run. The job
/// worker is off and the clock fake, so a test drains the jobs and moves time itself.
/// </summary>
public sealed class DemoWebFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string AdminPassword = "DemoAdmin123!";
    public const string ClerkPassword = "DemoClerk123!";

    private readonly TestDatabaseSettings.Instance _database = TestDatabaseSettings.NewInstance();
    private readonly int _port = FreePort();

    public DemoWebFactory() => UseKestrel(_port);

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public Uri BaseAddress => new($"http://localhost:{_port}/");

    public Task InitializeAsync()
    {
        // Starting the server builds the host, which migrates and seeds, the demo included.
        StartServer();
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _database.DropAsync();
    }

    /// <summary>Runs every job that is due now, as the hosted worker would.</summary>
    public Task<int> RunJobsAsync() => Services.GetRequiredService<BackgroundJobWorker>().RunPendingAsync();

    /// <summary>Seeds again, as the next start of the host would.</summary>
    public async Task SeedAgainAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(CancellationToken.None);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _database.Configuration)
        {
            builder.UseSetting(key, value);
        }

        builder.UseSetting("Database:MigrateOnStartup", "true");
        builder.UseSetting("Jwt:SigningKey", Hosting.AggregatedPaymentsWebFactory.JwtSigningKey);
        builder.UseSetting(EncryptionOptions.KeyEncryptionKeyPath, EncryptionKeyValidator.TestKey);
        builder.UseSetting("Seed:AdminPassword", Hosting.AggregatedPaymentsWebFactory.AdminPassword);
        builder.UseSetting("BackgroundJobs:IsWorkerEnabled", "false");
        builder.UseSetting("PayoutSubmission:IsSweepEnabled", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("OutboundCalls:AllowedTargets:0", "localhost");
        builder.UseSetting("Demo:Enabled", "true");
        builder.UseSetting("Demo:AdminPassword", AdminPassword);
        builder.UseSetting("Demo:ClerkPassword", ClerkPassword);
        builder.UseSetting("Demo:SelfBaseUrl", BaseAddress.ToString());
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
