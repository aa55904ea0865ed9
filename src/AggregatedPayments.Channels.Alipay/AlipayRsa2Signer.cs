using System.Security.Cryptography;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// RSA2 as the open platform defines it: SHA256withRSA, PKCS#1 v1.5 padding, over the UTF-8 bytes
/// of the sign content, Base64 without line breaks. PKCS#1 v1.5 is deterministic, so the same key
/// and content always give the same signature (the providers' test vectors rely on it).
/// Legacy <c>sign_type=RSA</c> (SHA-1) is deliberately not offered.
/// </summary>
public sealed class AlipayRsa2Signer
{
    public const string SignType = "RSA2";

    private readonly RSA privateKey;

    /// <param name="privateKey">The app private key; the caller keeps ownership and disposes it.</param>
    public AlipayRsa2Signer(RSA privateKey)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        if (privateKey.KeySize < AlipayKeys.MinimumKeySizeInBits)
        {
            throw new ArgumentException(
                $"RSA2 needs a key of at least {AlipayKeys.MinimumKeySizeInBits} bits.", nameof(privateKey));
        }

        this.privateKey = privateKey;
    }

    public string Sign(string content)
    {
        ArgumentException.ThrowIfNullOrEmpty(content);

        var data = AlipayCharset.Utf8Strict.GetBytes(content);
        var signature = privateKey.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return Convert.ToBase64String(signature);
    }
}
