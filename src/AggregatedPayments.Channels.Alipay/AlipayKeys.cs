using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Loads the keys an Alipay channel is configured with. The open platform console hands out app
/// private keys as PKCS#1 (most SDKs) or PKCS#8 (Java), with or without PEM armour, and the
/// Alipay public key as bare base64 SubjectPublicKeyInfo or, in certificate mode, as a
/// certificate. The caller owns (and disposes) the returned <see cref="RSA"/>.
/// </summary>
public static class AlipayKeys
{
    /// <summary>Alipay issues 2048-bit keys for RSA2; a shorter key is a configuration mistake.</summary>
    public const int MinimumKeySizeInBits = 2048;

    private const string Pkcs1PrivateLabel = "RSA PRIVATE KEY";
    private const string Pkcs8PrivateLabel = "PRIVATE KEY";
    private const string EncryptedPkcs8Label = "ENCRYPTED PRIVATE KEY";
    private const string SubjectPublicKeyInfoLabel = "PUBLIC KEY";
    private const string Pkcs1PublicLabel = "RSA PUBLIC KEY";
    private const string CertificateLabel = "CERTIFICATE";

    public static RSA LoadPrivateKey(string text)
    {
        var (label, der) = Decode(text, "private key");
        var isPkcs8 = label switch
        {
            Pkcs1PrivateLabel => false,
            Pkcs8PrivateLabel => true,
            EncryptedPkcs8Label => throw new AlipayKeyFormatException(
                "The private key is encrypted; configure the unencrypted PKCS#1 or PKCS#8 key."),
            null => IsPkcs8(der),
            _ => throw new AlipayKeyFormatException(
                $"A PEM block labelled '{label}' is not an RSA private key; expected '{Pkcs1PrivateLabel}' or '{Pkcs8PrivateLabel}'."),
        };

        return Import("private key", der, (rsa, bytes) =>
        {
            int read;
            if (isPkcs8)
            {
                rsa.ImportPkcs8PrivateKey(bytes, out read);
            }
            else
            {
                rsa.ImportRSAPrivateKey(bytes, out read);
            }

            return read;
        });
    }

    public static RSA LoadPublicKey(string text)
    {
        var (label, der) = Decode(text, "public key");
        return label switch
        {
            SubjectPublicKeyInfoLabel => ImportSubjectPublicKeyInfo(der),
            Pkcs1PublicLabel => Import("public key", der, (rsa, bytes) =>
            {
                rsa.ImportRSAPublicKey(bytes, out var read);
                return read;
            }),
            CertificateLabel => ImportCertificate(der),
            null => IsCertificate(der) ? ImportCertificate(der) : ImportSubjectPublicKeyInfo(der),
            _ => throw new AlipayKeyFormatException(
                $"A PEM block labelled '{label}' is not an RSA public key; expected '{SubjectPublicKeyInfoLabel}', '{Pkcs1PublicLabel}' or '{CertificateLabel}'."),
        };
    }

    private static RSA ImportSubjectPublicKeyInfo(byte[] der) =>
        Import("public key", der, (rsa, bytes) =>
        {
            rsa.ImportSubjectPublicKeyInfo(bytes, out var read);
            return read;
        });

    private static RSA ImportCertificate(byte[] der)
    {
        X509Certificate2 certificate;
        try
        {
            certificate = X509CertificateLoader.LoadCertificate(der);
        }
        catch (CryptographicException e)
        {
            throw new AlipayKeyFormatException("The certificate cannot be read as DER X.509.", e);
        }

        // Only the key is taken: public-key mode trusts the key Alipay published for this app, and
        // the validity period of Alipay's own certificates is not part of response verification.
        using (certificate)
        {
            var rsa = certificate.GetRSAPublicKey()
                ?? throw new AlipayKeyFormatException("The certificate does not carry an RSA public key.");
            return CheckSize(rsa, "public key");
        }
    }

    private static RSA Import(string what, byte[] der, Func<RSA, byte[], int> import)
    {
        var rsa = RSA.Create();
        try
        {
            var read = import(rsa, der);
            if (read != der.Length)
            {
                throw new AlipayKeyFormatException($"The {what} has data after the end of the key.");
            }

            return CheckSize(rsa, what);
        }
        catch (CryptographicException e)
        {
            rsa.Dispose();
            throw new AlipayKeyFormatException($"The {what} is not a well-formed RSA key in the expected encoding.", e);
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    private static RSA CheckSize(RSA rsa, string what)
    {
        if (rsa.KeySize < MinimumKeySizeInBits)
        {
            var size = rsa.KeySize;
            rsa.Dispose();
            throw new AlipayKeyFormatException(
                $"The {what} has {size} bits; RSA2 needs at least {MinimumKeySizeInBits}.");
        }

        return rsa;
    }

    /// <summary>
    /// PKCS#8 is SEQUENCE { INTEGER version, SEQUENCE algorithm, OCTET STRING key }, PKCS#1 is
    /// SEQUENCE { INTEGER version, INTEGER modulus, … }: the tag after the version tells them apart
    /// without trying one import and falling back to the other.
    /// </summary>
    private static bool IsPkcs8(byte[] der)
    {
        try
        {
            var sequence = new AsnReader(der, AsnEncodingRules.DER).ReadSequence();
            sequence.ReadInteger();
            var next = sequence.PeekTag();
            if (next.HasSameClassAndValue(Asn1Tag.Sequence))
            {
                return true;
            }

            if (next.HasSameClassAndValue(Asn1Tag.Integer))
            {
                return false;
            }
        }
        catch (AsnContentException e)
        {
            throw new AlipayKeyFormatException("The private key is neither PKCS#1 nor PKCS#8 DER.", e);
        }

        throw new AlipayKeyFormatException("The private key is neither PKCS#1 nor PKCS#8 DER.");
    }

    /// <summary>
    /// SubjectPublicKeyInfo is SEQUENCE { SEQUENCE { OID algorithm, … }, BIT STRING }, a certificate
    /// is SEQUENCE { SEQUENCE tbsCertificate { [0] version or INTEGER serial, … }, … }.
    /// </summary>
    private static bool IsCertificate(byte[] der)
    {
        try
        {
            var inner = new AsnReader(der, AsnEncodingRules.DER).ReadSequence().ReadSequence();
            return !inner.PeekTag().HasSameClassAndValue(Asn1Tag.ObjectIdentifier);
        }
        catch (AsnContentException e)
        {
            throw new AlipayKeyFormatException("The public key is neither SubjectPublicKeyInfo nor an X.509 certificate in DER.", e);
        }
    }

    /// <summary>Returns the PEM label (null for bare base64) and the DER bytes.</summary>
    private static (string? Label, byte[] Der) Decode(string text, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new AlipayKeyFormatException($"The {what} is empty.");
        }

        if (text.Contains("-----BEGIN", StringComparison.Ordinal))
        {
            if (!PemEncoding.TryFind(text, out var fields))
            {
                throw new AlipayKeyFormatException($"The {what} looks like PEM but its armour or base64 is malformed.");
            }

            // A file with several blocks (a chain, or a key next to a certificate) would leave it
            // to chance which one is used.
            if (PemEncoding.TryFind(text.AsSpan(fields.Location.End.Value), out _))
            {
                throw new AlipayKeyFormatException($"The {what} text holds more than one PEM block; configure exactly one.");
            }

            var label = text[fields.Label];
            var der = Convert.FromBase64String(text[fields.Base64Data]);
            return (label, der);
        }

        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        var buffer = new byte[compact.Length];
        if (!Convert.TryFromBase64String(compact, buffer, out var written) || written == 0)
        {
            throw new AlipayKeyFormatException($"The {what} is neither PEM nor base64 DER.");
        }

        return (null, buffer[..written]);
    }
}
