using AggregatedPayments.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Demo;

/// <summary>Where the demo calls itself, and that a Production host refuses to run it.</summary>
public sealed class DemoConfigurationTests
{
    [Theory]
    [InlineData(null, null, "http://localhost:5080/")]
    [InlineData(null, "http://0.0.0.0:8080", "http://localhost:8080/")]
    [InlineData(null, "http://[::]:8080;https://localhost:8443", "http://localhost:8080/")]
    [InlineData(null, "http://+:9000", "http://localhost:9000/")]
    [InlineData(null, "http://127.0.0.1:5081", "http://127.0.0.1:5081/")]
    [InlineData("http://demo.internal:7000", "http://0.0.0.0:8080", "http://demo.internal:7000/")]
    public void Should_call_itself_where_it_listens_unless_told_otherwise(string? selfBaseUrl, string? urls, string expected)
    {
        var configuration = Configuration(("Demo:SelfBaseUrl", selfBaseUrl), ("urls", urls));

        DemoOptions.ResolveSelfBaseUrl(configuration).ToString().ShouldBe(expected);
    }

    [Fact]
    public void Should_refuse_to_start_a_production_host_with_the_demo_on()
    {
        var production = new HostingEnvironment { EnvironmentName = Environments.Production };
        var safe = Configuration(("Jwt:SigningKey", AggregatedPaymentsWebFactory.JwtSigningKey), ("Seed:AdminPassword", "Pr0duction!"));
        var withDemo = Configuration(("Jwt:SigningKey", AggregatedPaymentsWebFactory.JwtSigningKey), ("Seed:AdminPassword", "Pr0duction!"), ("Demo:Enabled", "true"));

        Should.NotThrow(() => ProductionSafetyChecks.Run(production, safe));
        Should.Throw<InvalidOperationException>(() => ProductionSafetyChecks.Run(production, withDemo)).Message.ShouldContain("Demo:Enabled");
    }

    private static IConfiguration Configuration(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Where(v => v.Value is not null).Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
