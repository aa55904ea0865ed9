using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AggregatedPayments.Hosting;

/// <summary>
/// A real Kestrel on 127.0.0.1 and a port the system picks, for the test servers that stand in for a merchant's
/// systems or an outside target: the host calls them over the network as it would call the real ones.
/// </summary>
public static class LocalKestrel
{
    /// <summary>An unstarted, silent app bound to a free loopback port; map its endpoints, then <see cref="StartAsync"/>.</summary>
    public static WebApplication Create()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--urls", "http://127.0.0.1:0"] });
        builder.Logging.ClearProviders();
        return builder.Build();
    }

    /// <summary>Starts the app and answers the address it is bound to (http://127.0.0.1:port/).</summary>
    public static async Task<Uri> StartAsync(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await app.StartAsync();
        return new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
    }
}
