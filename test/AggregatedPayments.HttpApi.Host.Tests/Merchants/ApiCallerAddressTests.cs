using System.Net;
using AggregatedPayments.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Merchants;

/// <summary>
/// The caller's address as the host sees it behind a trusted proxy (the existing forwarded-headers setup),
/// matched against the merchant's allowed ranges, IPv4 and IPv6.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ApiCallerAddressTests(AggregatedPaymentsWebFactory factory) : MerchantApiTestBase(factory)
{
    [Fact]
    public async Task Should_accept_callers_inside_the_ranges_and_refuse_the_others()
    {
        var (merchant, key) = await OnboardAsync();
        var parameters = await new MyMerchantClientProxy(merchant.Admin).GetParametersAsync();
        await new MyMerchantClientProxy(merchant.Admin).UpdateParametersAsync(new UpdateMyMerchantParametersDto
        {
            AllowedIpRanges = ["203.0.113.0/24", "2001:db8::/32"],
            Version = parameters.Version
        });
        await using var behindProxy = Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Hosting:TrustedProxies:0", ForwardingProxyStartupFilter.ProxyAddress.ToString());
            builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, ForwardingProxyStartupFilter>());
        });

        (await StatusFromAsync(behindProxy, key, "203.0.113.7")).ShouldBe(HttpStatusCode.OK);
        (await StatusFromAsync(behindProxy, key, "2001:db8:1::5")).ShouldBe(HttpStatusCode.OK);
        (await StatusFromAsync(behindProxy, key, "198.51.100.1")).ShouldBe(HttpStatusCode.Unauthorized);
        (await StatusFromAsync(behindProxy, key, "2001:db9::1")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_accept_any_caller_when_no_range_is_set()
    {
        var (_, key) = await OnboardAsync();

        using var response = await SendAsync(GetParameters(key));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<HttpStatusCode> StatusFromAsync(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> behindProxy, ApiKey key, string clientIp)
    {
        var client = behindProxy.CreateClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", clientIp);
        using var response = await SendAsync(client, GetParameters(key));
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            (await ErrorCodeAsync(response)).ShouldBe(MerchantsErrorCodes.ApiCallerIpNotAllowed);
        }

        return response.StatusCode;
    }
}
