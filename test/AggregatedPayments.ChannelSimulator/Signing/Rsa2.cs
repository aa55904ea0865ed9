using System.Security.Cryptography;
using System.Text;

namespace AggregatedPayments.ChannelSimulator.Signing;

/// <summary>RSA2 as the open platform defines it: SHA256withRSA, PKCS#1 v1.5, base64, over UTF-8 text.</summary>
public static class Rsa2
{
    public static string Sign(RSA privateKey, string content) =>
        Convert.ToBase64String(privateKey.SignData(Encoding.UTF8.GetBytes(content), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

    public static bool Verify(RSA publicKey, string content, string? signature)
    {
        if (string.IsNullOrEmpty(signature))
        {
            return false;
        }

        byte[] signatureBytes;
        try
        {
            signatureBytes = Convert.FromBase64String(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        return publicKey.VerifyData(Encoding.UTF8.GetBytes(content), signatureBytes, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }
}
