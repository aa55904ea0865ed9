using System.Text.Json.Serialization;
using AggregatedPayments;
using AggregatedPayments.Account;
using AggregatedPayments.AuditLogging;
using AggregatedPayments.Authorization;
using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Channels;
using AggregatedPayments.Demo;
using AggregatedPayments.Encryption;
using AggregatedPayments.ExceptionHandling;
using AggregatedPayments.FaultInjection;
using AggregatedPayments.HealthChecks;
using AggregatedPayments.Interception;
using AggregatedPayments.Hosting;
using AggregatedPayments.Localization;
using AggregatedPayments.Merchants;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.OpenApi;
using AggregatedPayments.Payouts;
using AggregatedPayments.Users;
using AggregatedPayments.EntityFrameworkCore;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
ProductionSafetyChecks.Run(builder.Environment, builder.Configuration);
builder.ValidateEncryptionKeys();
if (!builder.Environment.IsDevelopment())
{
    builder.Logging.ClearProviders().AddJsonConsole(o => o.IncludeScopes = true);
}

var services = builder.Services;
services.AddHttpContextAccessor();
services.AddAggregatedPaymentsDomain();
services.AddAggregatedPaymentsApplication(builder.Configuration);
services.AddAggregatedPaymentsEntityFrameworkCore(builder.Configuration, builder.Environment.ContentRootPath);
services.AddBackgroundJobWorker(builder.Configuration);
services.AddPayoutJanitor(builder.Configuration);
services.AddInterceptionRules(builder.Configuration);
services.AddChannelAdapters();
services.AddFaultInjection(builder.Environment);
services.AddDemoEndpoints();
services.AddScoped<ICurrentPrincipalAccessor, HttpContextPrincipalAccessor>();
services.AddPlatformAuthentication();
services.AddApiSignatureAuthentication();
services.AddTrustedForwardedHeaders(builder.Configuration);
services.AddExceptionHandler<GlobalExceptionHandler>();
services.AddProblemDetails();
services.AddControllers()
    .AddApplicationPart(typeof(AggregatedPayments.Controllers.AggregatedPaymentsController).Assembly)
    .AddJsonOptions(o => o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
    .ConfigureApiBehaviorOptions(o => o.InvalidModelStateResponseFactory = ModelStateErrorResponseFactory.Create);
services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecuritySchemeTransformer>());
services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
services.AddPlatformRequestLocalization();

var app = builder.Build();
await app.InitializeDatabaseAsync();

app.UseForwardedHeaders();
app.UseExceptionHandler();
app.UseRequestLocalization();
app.UseAuthentication();
app.UseMiddleware<TenantResolutionMiddleware>();

// Rules before the audit log, so a refused flood writes no rows; the audit log before authorization,
// so refusals are recorded; both inside the exception handler, so the audit row sees the final status.
app.UseInterceptionRules();
app.UseAuditLogging();
app.UseAuthorization();

app.MapControllers();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference("/api-docs").AllowAnonymous();
app.MapDemoEndpoints();
app.MapGet("/", () => Results.Redirect("/api-docs")).ExcludeFromDescription().AllowAnonymous();

await app.RunAsync();

/// <summary>Visible to the host tests' WebApplicationFactory.</summary>
public partial class Program;
