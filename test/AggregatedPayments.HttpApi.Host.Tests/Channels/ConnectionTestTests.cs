using System.Security.Cryptography;
using AggregatedPayments.Hosting;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels;

/// <summary>"Test connection" with the stored parameters, through the outbound-call guard.</summary>
[Collection(HostCollection.Name)]
public sealed class ConnectionTestTests(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    [Fact]
    public async Task Should_report_the_sandbox_balance_when_the_channel_offers_it()
    {
        var host = await HostAdminAsync();
        var channel = await CreateChannelAsync(host, "Sandbox", ["Payout", "Query", "Balance"], new Dictionary<string, string?>());
        var merchant = await CreateMerchantAsync();
        var opened = await new MerchantChannelClientProxy(host).CreateAsync(merchant.Id, new CreateMerchantChannelDto
        {
            ChannelId = channel.Id,
            Functions = ["Payout", "Query", "Balance"],
            Parameters = new Dictionary<string, string?> { ["accountId"] = "acct-" + merchant.Code, ["initialBalance"] = "250000" }
        });

        var result = await new MerchantChannelClientProxy(host).TestConnectionAsync(merchant.Id, opened.Id);

        result.Succeeded.ShouldBeTrue(result.Outcome);
        result.Function.ShouldBe("Balance");
        result.Outcome.ShouldContain("250000");
    }

    [Fact]
    public async Task Should_refuse_to_call_an_internal_address_and_say_so_without_leaking_a_secret()
    {
        using var key = RSA.Create(2048);
        var privateKey = key.ExportPkcs8PrivateKeyPem();
        var host = await HostAdminAsync();
        var channel = await CreateChannelAsync(host, "Alipay", ["Payout", "Query"], new Dictionary<string, string?>
        {
            ["gateway_url"] = "http://127.0.0.1:9/gateway.do",
            ["product_code"] = "TRANS_ACCOUNT_NO_PWD"
        });
        var merchant = await CreateMerchantAsync();
        var opened = await new MerchantChannelClientProxy(host).CreateAsync(merchant.Id, new CreateMerchantChannelDto
        {
            ChannelId = channel.Id,
            Functions = ["Payout", "Query"],
            Parameters = new Dictionary<string, string?>
            {
                ["app_id"] = "2021000000000000",
                ["app_private_key"] = privateKey,
                ["alipay_public_key"] = key.ExportSubjectPublicKeyInfoPem()
            }
        });

        var result = await new MerchantChannelClientProxy(host).TestConnectionAsync(merchant.Id, opened.Id);

        result.Succeeded.ShouldBeFalse();
        result.Function.ShouldBe("Query");
        result.Outcome.ShouldContain("not allowed");
        result.Outcome.ShouldNotContain("PRIVATE KEY");
    }

    private static Task<ChannelDto> CreateChannelAsync(HttpClient host, string provider, string[] functions, Dictionary<string, string?> parameters) =>
        ChannelSetup.DefineAsync(host, provider, functions, parameters);
}
