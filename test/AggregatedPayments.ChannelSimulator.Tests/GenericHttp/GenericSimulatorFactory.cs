using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>The simulator in memory with two generic merchants of 100.00 yuan each.</summary>
public sealed class GenericSimulatorFactory : WebApplicationFactory<Program>
{
    public const string Merchant = "GM-TEST-1";
    public const string Secret = "generic-test-secret-1";
    public const string OtherMerchant = "GM-TEST-2";
    public const string OtherSecret = "generic-test-secret-2";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Generic:Merchants:0:Id", Merchant);
        builder.UseSetting("Generic:Merchants:0:Secret", Secret);
        builder.UseSetting("Generic:Merchants:0:InitialBalance", "100.00");
        builder.UseSetting("Generic:Merchants:1:Id", OtherMerchant);
        builder.UseSetting("Generic:Merchants:1:Secret", OtherSecret);
        builder.UseSetting("Generic:Merchants:1:InitialBalance", "100.00");
    }
}
