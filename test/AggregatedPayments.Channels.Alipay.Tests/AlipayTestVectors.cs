using System.Text.Json;
using AggregatedPayments.Testing;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// The <c>alipay</c> part of ../shared/test-vectors/payout-channels.json (beside the clone): keys
/// and signatures from Alipay's own SDK tests, which nobody on the team wrote.
/// </summary>
public sealed class AlipayTestVectors
{
    private static readonly Lazy<AlipayTestVectors> Loaded = new(Load);

    private AlipayTestVectors(string privateKeyPkcs8Base64, string certificatePem, IReadOnlyList<AlipayTestVectorCase> cases)
    {
        PrivateKeyPkcs8Base64 = privateKeyPkcs8Base64;
        CertificatePem = certificatePem;
        Cases = cases;
    }

    public static AlipayTestVectors Instance => Loaded.Value;

    /// <summary>The app private key, bare base64 PKCS#8 DER.</summary>
    public string PrivateKeyPkcs8Base64 { get; }

    /// <summary>The certificate holding the matching public key.</summary>
    public string CertificatePem { get; }

    public IReadOnlyList<AlipayTestVectorCase> Cases { get; }

    public AlipayTestVectorCase Case(string name) => Cases.Single(c => c.Name == name);

    /// <summary>The RSA2 cases, by name, for theories.</summary>
    public static TheoryData<string> Rsa2CaseNames() =>
        new(Instance.Cases.Where(c => c.SignType == AlipayRsa2Signer.SignType).Select(c => c.Name));

    private static AlipayTestVectors Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(TestRepository.PayoutChannelVectors()));
        var alipay = document.RootElement.GetProperty("alipay");

        var cases = alipay.GetProperty("cases").EnumerateArray()
            .Select(c => new AlipayTestVectorCase(
                c.GetProperty("name").GetString()!,
                c.GetProperty("sign_type").GetString()!,
                c.GetProperty("params").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
                c.GetProperty("sign_content").GetString()!,
                c.GetProperty("sign").GetString()!))
            .ToList();

        return new AlipayTestVectors(
            alipay.GetProperty("app_private_key_pkcs8_der_base64").GetString()!,
            alipay.GetProperty("app_public_cert_pem").GetString()!,
            cases);
    }

}
