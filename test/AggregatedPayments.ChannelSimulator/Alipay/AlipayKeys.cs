using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>The app public key requests are verified with, and the "Alipay" private key answers are signed with.</summary>
public sealed class AlipayKeys : IDisposable
{
    public AlipayKeys(IOptions<AlipaySimulatorOptions> options, IHostEnvironment environment)
    {
        var settings = options.Value;
        AppPublicKey = LoadAppPublicKey(settings, environment.ContentRootPath);

        AlipayPrivateKey = RSA.Create(2048);
        if (!string.IsNullOrWhiteSpace(settings.AlipayPrivateKey))
        {
            AlipayPrivateKey.ImportPkcs8PrivateKey(Convert.FromBase64String(settings.AlipayPrivateKey), out _);
        }
    }

    public RSA AppPublicKey { get; }

    public RSA AlipayPrivateKey { get; }

    /// <summary>The "Alipay" public key as base64 SubjectPublicKeyInfo, the form Alipay publishes it in.</summary>
    public string AlipayPublicKeyBase64 => Convert.ToBase64String(AlipayPrivateKey.ExportSubjectPublicKeyInfo());

    public void Dispose()
    {
        AppPublicKey.Dispose();
        AlipayPrivateKey.Dispose();
    }

    private static RSA LoadAppPublicKey(AlipaySimulatorOptions settings, string contentRoot)
    {
        var pem = settings.AppPublicKeyPem;
        if (string.IsNullOrWhiteSpace(pem))
        {
            if (string.IsNullOrWhiteSpace(settings.AppPublicKeyPath))
            {
                throw new InvalidOperationException("Configure Alipay:AppPublicKeyPem or Alipay:AppPublicKeyPath.");
            }

            pem = File.ReadAllText(Path.Combine(contentRoot, settings.AppPublicKeyPath));
        }

        if (pem.Contains("BEGIN CERTIFICATE", StringComparison.Ordinal))
        {
            using var certificate = X509Certificate2.CreateFromPem(pem);
            return certificate.GetRSAPublicKey() ?? throw new InvalidOperationException("The app certificate holds no RSA key.");
        }

        var key = RSA.Create();
        key.ImportFromPem(pem);
        return key;
    }
}
