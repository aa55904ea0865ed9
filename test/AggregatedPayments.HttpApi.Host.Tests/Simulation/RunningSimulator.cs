extern alias Simulator;

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Simulation;

/// <summary>
/// The channel simulator on a real socket, so the host reaches it the way it reaches a provider:
/// through the outbound-call guard, by the name "localhost" that the test host allows.
/// </summary>
public sealed class RunningSimulator : WebApplicationFactory<Simulator::Program>
{
    private RunningSimulator()
    {
    }

    /// <summary>The simulator's base address as a channel would be configured with it.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A client for the simulator's own test API (<c>/_sim</c>), not through the guard.</summary>
    public HttpClient Admin { get; private set; } = null!;

    public static RunningSimulator Start()
    {
        var simulator = new RunningSimulator();

        // No port here: UseKestrel(port) rewrites the server's addresses after the app has started on its
        // own thread, a race that sometimes throws "Addresses cannot be modified after the server has
        // started" (dotnet/aspnetcore#67714). The app binds a free port from its own configuration instead.
        simulator.UseKestrel();
        simulator.StartServer();
        var bound = new Uri(simulator.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        simulator.BaseAddress = new UriBuilder(bound) { Host = "localhost" }.Uri;
        simulator.Admin = new HttpClient { BaseAddress = simulator.BaseAddress };
        return simulator;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseUrls("http://127.0.0.1:0");
        builder.UseSetting("Alipay:InitialBalance", "50000.00");
    }

    public override async ValueTask DisposeAsync()
    {
        Admin?.Dispose();
        await base.DisposeAsync();
    }
}
