using System.Net;
using AggregatedPayments.Channels;
using AggregatedPayments.Hosting;
using AggregatedPayments.Merchants;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Demo;

/// <summary>The shared host runs with the default configuration, where the demo is off: no demo endpoints, no demo data.</summary>
[Collection(HostCollection.Name)]
public sealed class DemoDisabledTests(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    [Theory]
    [InlineData("GET", "/demo/payroll-source?limit=10")]
    [InlineData("GET", "/demo/notifications")]
    [InlineData("POST", "/demo/notifications")]
    public async Task Should_not_serve_the_demo_endpoints(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new StringContent("{}") : null };

        var response = await Anonymous().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_seed_no_demo_merchant_and_no_demo_channel()
    {
        var host = await HostAdminAsync();

        var merchants = await new MerchantClientProxy(host).GetListAsync(new GetMerchantListInput { Filter = DemoNames.MerchantCode });
        var channels = await new ChannelClientProxy(host).GetListAsync(new GetChannelListInput { Filter = DemoNames.ChannelCode });

        merchants.Items.ShouldNotContain(m => m.Code == DemoNames.MerchantCode);
        channels.Items.ShouldNotContain(c => c.Code == DemoNames.ChannelCode);
    }
}
