using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>The simulator in memory, configured with the vector certificate as our app's public key.</summary>
public sealed class AlipaySimulatorFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Alipay:AppPublicKeyPem", SimulatorTestVectors.Instance.CertificatePem);
        builder.UseSetting("Alipay:InitialBalance", "100.00");
    }
}
