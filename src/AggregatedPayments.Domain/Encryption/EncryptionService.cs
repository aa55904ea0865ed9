using System.Text;

namespace AggregatedPayments.Encryption;

public sealed class EncryptionService(IDataKeyRing keyRing) : IEncryptionService
{
    public async Task<string> EncryptAsync(string plaintext, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var key = await keyRing.GetPrimaryAsync(cancellationToken);
        var payload = AesGcmCipher.Seal(key.Key, Encoding.UTF8.GetBytes(plaintext), Ciphertext.AssociatedData(key.KeyId, purpose));
        return new Ciphertext(key.KeyId, payload).ToString();
    }

    public async Task<string> DecryptAsync(string ciphertext, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var parsed = Ciphertext.Parse(ciphertext);
        var key = await keyRing.GetKeyAsync(parsed.KeyId, cancellationToken);
        return Encoding.UTF8.GetString(AesGcmCipher.Open(key, parsed.Payload, Ciphertext.AssociatedData(parsed.KeyId, purpose)));
    }
}
