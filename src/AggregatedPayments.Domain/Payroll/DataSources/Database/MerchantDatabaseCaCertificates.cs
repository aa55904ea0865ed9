using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// The CA certificates a merchant gives for its database server, as PEM. Only certificates: a pasted private
/// key is refused rather than stored, since the platform has no use for it and must not keep it.
/// </summary>
public static class MerchantDatabaseCaCertificates
{
    public const int MaxPemLength = 16 * 1024;
    public const int MaxCertificates = 8;

    /// <summary>Why <paramref name="pem"/> cannot serve as the trusted CAs, or null when it can.</summary>
    public static string? Problem(string pem)
    {
        if (pem.Length > MaxPemLength)
        {
            return $"The CA certificate PEM is at most {MaxPemLength} characters long.";
        }

        if (pem.Contains("PRIVATE KEY", StringComparison.Ordinal))
        {
            return "The CA certificate PEM holds a private key: give only the CA's certificate (BEGIN CERTIFICATE), never a key.";
        }

        try
        {
            var certificates = Read(pem);
            return certificates.Count switch
            {
                0 => "The CA certificate PEM holds no certificate (-----BEGIN CERTIFICATE-----).",
                > MaxCertificates => $"The CA certificate PEM holds at most {MaxCertificates} certificates.",
                _ => null
            };
        }
        catch (CryptographicException)
        {
            return "The CA certificate PEM is not readable as X.509 certificates.";
        }
    }

    /// <exception cref="CryptographicException">A block is not a certificate.</exception>
    public static X509Certificate2Collection Read(string pem)
    {
        var certificates = new X509Certificate2Collection();
        certificates.ImportFromPem(pem);
        return certificates;
    }
}
