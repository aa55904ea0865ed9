using System.Security.Cryptography;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Checks an RSA2 (SHA256withRSA, PKCS#1 v1.5) signature made by Alipay over the UTF-8 bytes of a
/// sign content. Only RSA2: a legacy SHA-1 (<c>sign_type=RSA</c>) signature does not verify here,
/// by design. Malformed signatures are answered with <c>false</c>, never an exception, because they
/// come from the network.
/// </summary>
public sealed class AlipayRsa2Verifier
{
    private readonly RSA publicKey;

    /// <param name="publicKey">The Alipay public key; the caller keeps ownership and disposes it.</param>
    public AlipayRsa2Verifier(RSA publicKey)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        if (publicKey.KeySize < AlipayKeys.MinimumKeySizeInBits)
        {
            throw new ArgumentException(
                $"RSA2 needs a key of at least {AlipayKeys.MinimumKeySizeInBits} bits.", nameof(publicKey));
        }

        this.publicKey = publicKey;
    }

    public bool Verify(string content, string? signature)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Verify(AlipayCharset.Utf8Strict.GetBytes(content), signature);
    }

    /// <summary>Verifies over bytes exactly as received, for content cut out of a raw body.</summary>
    public bool Verify(ReadOnlySpan<byte> content, string? signature)
    {
        if (content.IsEmpty || string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var buffer = new byte[signature.Length];
        if (!Convert.TryFromBase64String(signature, buffer, out var written))
        {
            return false;
        }

        return publicKey.VerifyData(content, buffer.AsSpan(0, written), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }
}
