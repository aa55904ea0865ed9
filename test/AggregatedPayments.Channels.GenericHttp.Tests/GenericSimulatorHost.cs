using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>The channel simulator in memory, knowing two merchants of the generic provider with 1000.00 yuan each.</summary>
public sealed class GenericSimulatorHost : WebApplicationFactory<Program>
{
    public const string Merchant = "GM-A-100001";
    public const string Secret = "merchant-a-generic-secret";
    public const string OtherMerchant = "GM-B-100002";
    public const string OtherSecret = "merchant-b-generic-secret";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Generic:Merchants:0:Id", Merchant);
        builder.UseSetting("Generic:Merchants:0:Secret", Secret);
        builder.UseSetting("Generic:Merchants:0:InitialBalance", "1000.00");
        builder.UseSetting("Generic:Merchants:1:Id", OtherMerchant);
        builder.UseSetting("Generic:Merchants:1:Secret", OtherSecret);
        builder.UseSetting("Generic:Merchants:1:InitialBalance", "1000.00");
    }
}
