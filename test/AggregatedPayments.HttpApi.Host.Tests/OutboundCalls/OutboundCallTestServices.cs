using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace AggregatedPayments.OutboundCalls;

/// <summary>The guard as the domain registers it, with the test's configuration, a fake clock and, when given, a fake DNS.</summary>
public sealed class OutboundCallTestServices : IDisposable
{
    private readonly ServiceProvider _services;

    public OutboundCallTestServices(IReadOnlyDictionary<string, string?> configuration, IOutboundDnsResolver? resolver = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(configuration).Build());
        services.AddSingleton<TimeProvider>(Clock);
        if (resolver is not null)
        {
            services.AddSingleton(resolver);
        }

        services.AddOutboundCallsDomain();
        _services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));

    public HttpClient CreateClient() => _services.GetRequiredService<IOutboundHttpClientFactory>().CreateClient("Test");

    public OutboundAddressValidator Validator => _services.GetRequiredService<OutboundAddressValidator>();

    public void Dispose() => _services.Dispose();
}
