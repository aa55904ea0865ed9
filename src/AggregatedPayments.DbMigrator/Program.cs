using AggregatedPayments;
using AggregatedPayments.Encryption;
using AggregatedPayments.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// Applies the provider's migrations and seeds, then exits: the deployment step before the hosts start.
// Configuration as the host's: appsettings.json here, environment variables (ConnectionStrings__Default,
// Database__Provider, Encryption__KeyEncryptionKey, Seed__AdminPassword) and command-line arguments.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
EncryptionKeyValidator.EnsureValid(
    builder.Configuration[EncryptionOptions.KeyEncryptionKeyPath],
    builder.Configuration.GetSection(EncryptionOptions.PreviousKeyEncryptionKeysPath).GetChildren().Select(c => c.Value),
    builder.Environment.IsProduction());
builder.Services.AddAggregatedPaymentsDomain();
builder.Services.AddAggregatedPaymentsApplication(builder.Configuration);
builder.Services.AddAggregatedPaymentsEntityFrameworkCore(builder.Configuration);
builder.Services.AddScoped<AggregatedPayments.Users.ICurrentPrincipalAccessor, AggregatedPayments.DbMigrator.NoPrincipalAccessor>();
using var host = builder.Build();

var logger = host.Services.GetRequiredService<ILogger<Program>>();
try
{
    await using var scope = host.Services.CreateAsyncScope();
    await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAndSeedAsync(CancellationToken.None);
    logger.LogInformation("Database is up to date");
    return 0;
}
catch (Exception exception)
{
    logger.LogCritical(exception, "Migration failed");
    return 1;
}
