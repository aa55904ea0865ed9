using System.Net;
using AggregatedPayments.OutboundCalls;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>Where and how the reader connects: only to addresses the outbound guard allows, to exactly those, and only over TLS when required.</summary>
public sealed class MerchantDatabaseConnectionTests : IAsyncLifetime
{
    private MerchantSourceDatabase _source = null!;

    public async Task InitializeAsync() => _source = await MerchantSourceDatabase.CreateAsync(rows: 3);

    public async Task DisposeAsync() => await _source.DisposeAsync();

    [Fact]
    public async Task Should_refuse_a_loopback_address_that_no_administrator_allowed()
    {
        var reader = MerchantSourceDatabase.Reader();

        var failure = await Should.ThrowAsync<PayrollSourceException>(() => reader.TestAsync(_source.Settings() with { Host = "127.0.0.1" }, CancellationToken.None));

        failure.Message.ShouldStartWith("Calls to '127.0.0.1' are not allowed");
    }

    [Fact]
    public async Task Should_reach_localhost_only_when_the_allow_list_names_it()
    {
        var settings = _source.Settings() with { Host = "localhost" };

        var refused = await Should.ThrowAsync<PayrollSourceException>(() => MerchantSourceDatabase.Reader().TestAsync(settings, CancellationToken.None));
        await MerchantSourceDatabase.Reader(allowedTargets: "localhost").TestAsync(settings, CancellationToken.None);

        refused.Message.ShouldStartWith("Calls to 'localhost' are not allowed");
    }

    [Fact]
    public async Task Should_take_the_allow_list_from_the_outbound_calls_configuration_like_http_calls()
    {
        var services = new ServiceCollection().AddLogging()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["OutboundCalls:AllowedTargets:0"] = MerchantSourceDatabase.Host
            }).Build());
        services.AddOutboundCallsDomain();
        services.AddMerchantDatabaseSources();
        await using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<IMerchantDatabaseReader>().TestAsync(_source.Settings(), CancellationToken.None);
    }

    [Fact]
    public async Task Should_connect_to_the_address_it_checked_without_resolving_the_name_again()
    {
        var resolver = new CountingResolver(IPAddress.Loopback);
        var reader = MerchantSourceDatabase.Reader(resolver: resolver, allowedTargets: "merchant-db.invalid");

        await reader.TestAsync(_source.Settings() with { Host = "merchant-db.invalid" }, CancellationToken.None);

        resolver.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task Should_try_the_next_checked_address_when_one_does_not_answer()
    {
        // The test server listens on 127.0.0.1 only (Debian's bind-address); 127.0.0.2 is loopback with nothing on the port.
        var resolver = new CountingResolver(IPAddress.Parse("127.0.0.2"), IPAddress.Loopback);
        var reader = MerchantSourceDatabase.Reader(resolver: resolver, allowedTargets: "127.0.0.0/8");

        await reader.TestAsync(_source.Settings() with { Host = "merchant-db.invalid" }, CancellationToken.None);
    }

    [Fact]
    public async Task Should_refuse_a_name_that_resolves_to_an_internal_address_not_allowed()
    {
        var reader = MerchantSourceDatabase.Reader(resolver: new CountingResolver(IPAddress.Parse("10.1.2.3")), allowedTargets: "127.0.0.1");

        var failure = await Should.ThrowAsync<PayrollSourceException>(() => reader.TestAsync(_source.Settings() with { Host = "payroll.merchant.example" }, CancellationToken.None));

        failure.Message.ShouldStartWith("Calls to 'payroll.merchant.example' are not allowed");
    }

    [Fact]
    public async Task Should_refuse_a_server_that_does_not_offer_tls_when_tls_is_required()
    {
        await using var server = new ServerWithoutTls();
        var reader = MerchantSourceDatabase.Reader(allowedTargets: "127.0.0.1");

        var failure = await Should.ThrowAsync<PayrollSourceException>(() =>
            reader.TestAsync(_source.Settings() with { Host = "127.0.0.1", Port = server.Port }, CancellationToken.None));

        failure.Message.ShouldContain("did not accept a TLS connection");
    }

    [Fact]
    public async Task Should_refuse_settings_that_break_the_rules_before_connecting()
    {
        var reader = MerchantSourceDatabase.Reader(allowedTargets: MerchantSourceDatabase.TestServerAllowed);

        var failure = await Should.ThrowAsync<PayrollSourceException>(() => reader.TestAsync(_source.Settings("v`; DROP TABLE x"), CancellationToken.None));

        failure.Message.ShouldContain("The view name is 1 to 64 letters");
    }

    [Fact]
    public void Should_build_a_connection_string_to_the_checked_address_that_demands_tls_and_allows_nothing_else()
    {
        var settings = new MerchantDatabaseSettings("db.merchant.example", 3307, "payroll", "reader", "p;Server=evil", RequireTls: true, "v", 30);

        var built = new MySqlConnectionStringBuilder(MerchantDatabaseConnectionString.Build(settings, IPAddress.Parse("203.0.113.9"), new MerchantDatabaseReaderOptions()));

        (built.Server, built.Port, built.Database, built.UserID, built.Password).ShouldBe(("203.0.113.9", 3307u, "payroll", "reader", "p;Server=evil"));
        (built.SslMode, built.ConnectionProtocol, built.ServerRedirectionMode).ShouldBe((MySqlSslMode.Required, MySqlConnectionProtocol.Sockets, MySqlServerRedirectionMode.Disabled));
        (built.AllowLoadLocalInfile, built.AllowUserVariables, built.AllowPublicKeyRetrieval, built.Pooling).ShouldBe((false, false, false, false));
        (built.ConnectionTimeout, built.DefaultCommandTimeout).ShouldBe((10u, 35u));
    }

    [Fact]
    public void Should_only_prefer_tls_when_the_source_does_not_require_it()
    {
        var settings = new MerchantDatabaseSettings("db.merchant.example", 3306, "payroll", "reader", "p", RequireTls: false, "v", 30);

        new MySqlConnectionStringBuilder(MerchantDatabaseConnectionString.Build(settings, IPAddress.Parse("203.0.113.9"), new MerchantDatabaseReaderOptions()))
            .SslMode.ShouldBe(MySqlSslMode.Preferred);
    }

    private sealed class CountingResolver(params IPAddress[] addresses) : IOutboundDnsResolver
    {
        public int Calls { get; private set; }

        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(addresses);
        }
    }
}
