using System.Text.Json;
using AggregatedPayments.Testing;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>
/// The Alipay SDK test key pair from ../shared/test-vectors/payout-channels.json (beside the clone),
/// playing our app key: the simulator must accept what this key signs and nothing else.
/// </summary>
public sealed class SimulatorTestVectors
{
    private static readonly Lazy<SimulatorTestVectors> Loaded = new(Load);

    private SimulatorTestVectors(string privateKeyPkcs8Base64, string certificatePem, string signContent, string sign)
    {
        PrivateKeyPkcs8Base64 = privateKeyPkcs8Base64;
        CertificatePem = certificatePem;
        Rsa2SignContent = signContent;
        Rsa2Sign = sign;
    }

    public static SimulatorTestVectors Instance => Loaded.Value;

    public string PrivateKeyPkcs8Base64 { get; }

    public string CertificatePem { get; }

    /// <summary>The first RSA2 case's sign content and signature, made by Alipay's SDK.</summary>
    public string Rsa2SignContent { get; }

    public string Rsa2Sign { get; }

    private static SimulatorTestVectors Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(TestRepository.PayoutChannelVectors()));
        var alipay = document.RootElement.GetProperty("alipay");
        var rsa2 = alipay.GetProperty("cases").EnumerateArray().First(c => c.GetProperty("sign_type").GetString() == "RSA2");
        return new SimulatorTestVectors(
            alipay.GetProperty("app_private_key_pkcs8_der_base64").GetString()!,
            alipay.GetProperty("app_public_cert_pem").GetString()!,
            rsa2.GetProperty("sign_content").GetString()!,
            rsa2.GetProperty("sign").GetString()!);
    }
}
