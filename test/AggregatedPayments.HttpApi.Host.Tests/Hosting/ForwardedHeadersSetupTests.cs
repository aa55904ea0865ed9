using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Hosting;

public sealed class ForwardedHeadersSetupTests
{
    [Fact]
    public void Should_trust_no_proxy_when_none_is_configured_not_even_loopback()
    {
        var options = Build([]);

        options.KnownProxies.ShouldBeEmpty();
        options.KnownIPNetworks.ShouldBeEmpty();
    }

    [Fact]
    public void Should_trust_exactly_the_configured_addresses_and_ranges()
    {
        var options = Build(["10.1.2.3", "192.168.0.0/16"]);

        options.KnownProxies.ShouldBe([IPAddress.Parse("10.1.2.3")]);
        options.KnownIPNetworks.Select(n => n.ToString()).ShouldBe(["192.168.0.0/16"]);
    }

    private static ForwardedHeadersOptions Build(string[] proxies)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(proxies.Select((p, i) => new KeyValuePair<string, string?>($"Hosting:TrustedProxies:{i}", p)))
            .Build();
        var services = new ServiceCollection().AddTrustedForwardedHeaders(configuration);
        return services.BuildServiceProvider().GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
    }
}
