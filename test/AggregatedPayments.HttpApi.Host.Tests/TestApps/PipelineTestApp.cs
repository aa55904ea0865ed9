using AggregatedPayments.AuditLogging;
using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Interception;
using AggregatedPayments.ExceptionHandling;
using AggregatedPayments.Localization;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AggregatedPayments.TestApps;

/// <summary>
/// A small web host on the test server with the real layers, a database of its own and a fake
/// clock; each test states the pipeline it needs, since the host's Program.cs is not ours to test.
/// </summary>
public sealed class PipelineTestApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TestDatabaseSettings.Instance _database;

    private PipelineTestApp(WebApplication app, TestDatabaseSettings.Instance database, FakeTimeProvider clock)
    {
        _app = app;
        _database = database;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<PipelineTestApp> StartAsync(
        Action<WebApplication> configurePipeline,
        Action<IServiceCollection, IConfiguration>? configureServices = null,
        IReadOnlyDictionary<string, string?>? configuration = null)
    {
        var database = TestDatabaseSettings.NewInstance();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(database.Configuration);
        builder.Configuration.AddInMemoryCollection(configuration ?? new Dictionary<string, string?>());
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddAggregatedPaymentsDomain();
        builder.Services.AddAggregatedPaymentsEntityFrameworkCore(builder.Configuration);
        builder.Services.AddInterceptionApplication();
        builder.Services.AddAuditLoggingApplication();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<ICurrentPrincipalAccessor, HttpContextPrincipalAccessor>();
        builder.Services.AddTestAuthentication();

        // As the host has them: the error handler and the request's language.
        builder.Services.AddExceptionHandler<GlobalExceptionHandler>();
        builder.Services.AddProblemDetails();
        builder.Services.AddPlatformRequestLocalization();
        configureServices?.Invoke(builder.Services, builder.Configuration);

        var app = builder.Build();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>().Database.MigrateAsync();
        }

        configurePipeline(app);
        await app.StartAsync();
        return new PipelineTestApp(app, database, clock);
    }

    public HttpClient CreateClient() => _app.GetTestClient();

    public AsyncServiceScope CreateScope() => _app.Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DropAsync();
    }
}
