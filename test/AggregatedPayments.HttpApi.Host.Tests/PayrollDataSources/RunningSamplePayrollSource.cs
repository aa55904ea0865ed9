extern alias SamplePayrollSource;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.PayrollDataSources;

/// <summary>etc/sample-payroll-source/http on a real socket, configured through the variables its README names.</summary>
public sealed class RunningSamplePayrollSource : WebApplicationFactory<SamplePayrollSource::Program>
{
    private readonly IReadOnlyDictionary<string, string> _settings;

    private RunningSamplePayrollSource(IReadOnlyDictionary<string, string> settings) => _settings = settings;

    /// <summary>The address a data source is given, by the name the test host allows.</summary>
    public string Url { get; private set; } = null!;

    public static RunningSamplePayrollSource Start(IReadOnlyDictionary<string, string> settings)
    {
        var sample = new RunningSamplePayrollSource(settings);

        // Bound to a free port from its own settings, as the channel simulator is (see RunningSimulator).
        sample.UseKestrel();
        sample.StartServer();
        var bound = new Uri(sample.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        sample.Url = $"http://localhost:{bound.Port}/payroll/pending";
        return sample;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseUrls("http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
