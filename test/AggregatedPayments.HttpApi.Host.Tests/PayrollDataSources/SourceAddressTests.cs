using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.OutboundCalls;
using AggregatedPayments.Payroll;
using AggregatedPayments.Payroll.DataSources;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.PayrollDataSources;

/// <summary>
/// A data source is an outbound call a merchant chooses the target of: loopback, private and link-local
/// addresses are refused when the source is saved and again, on the resolved address, when it is called —
/// unless an administrator allowed the target (the test host allows the name "localhost" and nothing else).
/// </summary>
[Collection(HostCollection.Name)]
public sealed class SourceAddressTests(AggregatedPaymentsWebFactory factory) : PayrollDataSourceTestBase(factory)
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/payroll")]
    [InlineData("https://127.0.0.1/payroll")]
    [InlineData("https://[::1]/payroll")]
    [InlineData("https://10.20.30.40/payroll")]
    [InlineData("https://172.16.0.9/payroll")]
    [InlineData("https://192.168.1.10/payroll")]
    [InlineData("https://169.254.169.254/latest/meta-data")]
    [InlineData("https://[::ffff:10.0.0.1]/payroll")]
    [InlineData("https://payroll.localhost/pending")]
    public async Task Should_refuse_to_save_a_source_at_an_internal_address_nobody_allowed(string url)
    {
        var (merchant, _) = await CreateSigningMerchantAsync();

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => CreateHttpSourceAsync(merchant, url));

        refused.Error.Code.ShouldBe(OutboundCallsErrorCodes.AddressNotAllowed);
    }

    [Theory]
    [InlineData("ftp://payroll.merchant.example/pending", OutboundCallsErrorCodes.InvalidAddress)]
    [InlineData("https://user:secret@payroll.merchant.example/pending", OutboundCallsErrorCodes.InvalidAddress)]
    [InlineData("http://payroll.merchant.example/pending", PayrollDataSourcesErrorCodes.HttpsRequired)]
    public async Task Should_refuse_an_address_of_the_wrong_shape(string url, string code)
    {
        var (merchant, _) = await CreateSigningMerchantAsync();

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => CreateHttpSourceAsync(merchant, url));

        refused.Error.Code.ShouldBe(code);
        refused.Error.Message!.ShouldNotContain("secret");
    }

    [Fact]
    public async Task Should_accept_a_public_https_address_and_plain_http_to_a_target_an_administrator_allowed()
    {
        var (merchant, _) = await CreateSigningMerchantAsync();

        var remote = await CreateHttpSourceAsync(merchant, "https://payroll.merchant.example/pending?company=7", name: "Remote");
        var local = await CreateHttpSourceAsync(merchant, "http://localhost:5999/pending", pageSize: 1000, name: "Local");

        remote.Http!.ShouldBe(new PayrollHttpSourceDto("https://payroll.merchant.example/pending?company=7", PayrollDataSourceConsts.DefaultPageSize));
        local.Http!.ShouldBe(new PayrollHttpSourceDto("http://localhost:5999/pending", 1000));
    }

    [Fact]
    public async Task Should_refuse_at_connect_time_a_name_that_resolves_to_loopback_and_end_the_pull_with_that_reason()
    {
        // A merchant's name, saved when it was harmless, answers with loopback when the call is made (DNS rebinding).
        await using var host = Factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.AddSingleton<IOutboundDnsResolver>(new StaticDnsResolver(new Dictionary<string, string[]> { ["payroll.merchant.example"] = ["127.0.0.1"] }))));
        var (merchant, _) = await CreateSigningMerchantAsync();
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = merchant.Admin.DefaultRequestHeaders.Authorization;
        var dataSources = new PayrollDataSourceClientProxy(client);
        var source = await dataSources.CreateAsync(new CreatePayrollDataSourceDto
        {
            Kind = PayrollDataSourceKind.Http,
            Name = "Rebound",
            Http = new PayrollHttpSourceInputDto { Url = "https://payroll.merchant.example/pending" }
        });

        var test = await dataSources.TestAsync(source.Id);
        var started = await dataSources.PullAsync(source.Id);
        await host.Services.GetRequiredService<BackgroundJobWorker>().RunPendingAsync();

        test.Succeeded.ShouldBeFalse();
        test.Message.ShouldContain("'payroll.merchant.example' are not allowed");
        var intake = await new PayrollIntakeClientProxy(client).GetAsync(started.Id);
        intake.Status.ShouldBe(PayrollIntakeStatus.Failed);
        intake.Failure.ShouldStartWith("Calls to 'payroll.merchant.example' are not allowed");
        intake.Failure.ShouldNotContain("127.0.0.1", Case.Sensitive, "the platform's view of the network stays inside");
    }
}
