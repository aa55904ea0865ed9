using System.Security.Cryptography;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// The vector key pair in the shapes the tests need. In the tests it plays both roles: the app
/// signing requests, and Alipay signing responses and notifications.
/// </summary>
public static class AlipayTestKeys
{
    /// <summary>One shared public key for verifiers: they only read it, and no test disposes it.</summary>
    private static readonly RSA SharedPublicKey = PublicKey();

    public static RSA PrivateKey() => AlipayKeys.LoadPrivateKey(AlipayTestVectors.Instance.PrivateKeyPkcs8Base64);

    public static RSA PublicKey() => AlipayKeys.LoadPublicKey(AlipayTestVectors.Instance.CertificatePem);

    public static AlipayRsa2Verifier Verifier() => new(SharedPublicKey);

    public static string Sign(string content)
    {
        using var key = PrivateKey();
        return new AlipayRsa2Signer(key).Sign(content);
    }
}
