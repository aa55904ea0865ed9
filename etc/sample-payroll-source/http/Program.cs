using SamplePayrollSource;

// A merchant's payroll system as the platform's HTTP data source reads it (docs/payroll-data-sources.md, "HTTP").
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSingleton(services => SampleOptions.From(services.GetRequiredService<IConfiguration>()));
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<SignatureCheck>();

var app = builder.Build();
var options = app.Services.GetRequiredService<SampleOptions>();
if (options.Secret is null)
{
    app.Logger.LogWarning("AP_SECRET is not set: requests are answered without checking their signature");
}

app.MapGet("/payroll/pending", (HttpContext context, SignatureCheck signatures) => PendingPayouts.AnswerAsync(context, signatures, options));
app.MapGet("/", () => Results.Text($"Sample payroll source: {options.Items} pending payouts (seed {options.Seed}) at /payroll/pending"));
await app.RunAsync();

/// <summary>Visible to the platform's tests, which run this sample as a merchant would.</summary>
public partial class Program;
