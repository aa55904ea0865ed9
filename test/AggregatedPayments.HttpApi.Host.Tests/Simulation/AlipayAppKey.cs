using System.Text.Json;
using AggregatedPayments.Testing;

namespace AggregatedPayments.Simulation;

/// <summary>The app key from Alipay's own SDK tests, whose public half the simulator verifies requests with.</summary>
public static class AlipayAppKey
{
    public static string PrivateKeyPem()
    {
        using var vectors = JsonDocument.Parse(File.ReadAllBytes(TestRepository.PayoutChannelVectors()));
        var der = vectors.RootElement.GetProperty("alipay").GetProperty("app_private_key_pkcs8_der_base64").GetString()!;
        return "-----BEGIN PRIVATE KEY-----\n" + der + "\n-----END PRIVATE KEY-----";
    }
}
