using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Encryption;

/// <summary>
/// The configured key that wraps data keys. It never encrypts values itself; it only wraps and unwraps
/// data keys and derives the blind-index key, each with its own label.
/// </summary>
public sealed class KeyEncryptionKey
{
    private const string IdLabel = "AggregatedPayments.KeyEncryptionKey.Id.v1";
    private const string BlindIndexLabel = "AggregatedPayments.BlindIndex.v1";
    private const string WrapLabel = "AggregatedPayments.DataKey.v1:";

    private readonly byte[] _key;
    private readonly byte[] _blindIndexKey;

    private KeyEncryptionKey(byte[] key)
    {
        _key = key;
        Id = Convert.ToHexStringLower(HKDF.DeriveKey(HashAlgorithmName.SHA256, key, 8, info: Encoding.UTF8.GetBytes(IdLabel)));
        _blindIndexKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, key, AesGcmCipher.KeySize, info: Encoding.UTF8.GetBytes(BlindIndexLabel));
    }

    /// <summary>A fingerprint stored with each data key, naming the key that wrapped it without revealing it.</summary>
    public string Id { get; }

    public static bool TryParse(string? base64, out KeyEncryptionKey? key)
    {
        key = null;
        var bytes = TryDecode(base64);
        if (bytes is null)
        {
            return false;
        }

        key = new KeyEncryptionKey(bytes);
        return true;
    }

    public static KeyEncryptionKey Parse(string? base64) =>
        TryParse(base64, out var key) ? key! : throw new BusinessException(ErrorCodes.EncryptionKeyInvalid);

    /// <summary>The 32 bytes a base64 text stands for, or null when it is not base64 of exactly 32 bytes.</summary>
    public static byte[]? TryDecode(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64.Trim(), buffer, out var written) && written == AesGcmCipher.KeySize
            ? buffer[..written]
            : null;
    }

    public static byte[] NewDataKey() => RandomNumberGenerator.GetBytes(AesGcmCipher.KeySize);

    /// <summary>The key id is bound in, so wrapped bytes copied onto another key's row do not unwrap.</summary>
    public byte[] Wrap(int keyId, byte[] dataKey) => AesGcmCipher.Seal(_key, dataKey, WrapContext(keyId));

    public byte[] Unwrap(int keyId, byte[] wrappedKey) => AesGcmCipher.Open(_key, wrappedKey, WrapContext(keyId));

    /// <summary>
    /// The key of every blind index. Derived, not stored: every instance computes the same index, and a
    /// new key-encryption key means new indexes (see <see cref="IBlindIndexer.ComputeForLookup"/>).
    /// </summary>
    public ReadOnlySpan<byte> BlindIndexKey => _blindIndexKey;

    private static byte[] WrapContext(int keyId) => Encoding.UTF8.GetBytes(WrapLabel + keyId.ToString(CultureInfo.InvariantCulture));
}
