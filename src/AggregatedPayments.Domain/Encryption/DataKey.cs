using AggregatedPayments.Entities;

namespace AggregatedPayments.Encryption;

/// <summary>
/// A data key of the envelope, stored wrapped by the key-encryption key. Key ids count up from 1 and are
/// unique, so two instances creating the same key at once collide on the index instead of both winning;
/// the newest key is the primary, and older ones only decrypt.
/// </summary>
public sealed class DataKey : AggregateRoot
{
    private DataKey()
    {
    }

    private DataKey(int keyId, byte[] wrappedKey, string wrappingKeyId)
        : base(Guid.NewGuid())
    {
        KeyId = keyId;
        WrappedKey = wrappedKey;
        WrappingKeyId = wrappingKeyId;
        IsPrimary = true;
    }

    public const int MaxWrappedKeyLength = EncryptionConsts.NonceSize + AesGcmCipher.KeySize + EncryptionConsts.TagSize;

    public const int WrappingKeyIdLength = 16;

    /// <summary>The number every ciphertext made with this key carries.</summary>
    public int KeyId { get; private set; }

    /// <summary>nonce | AES-GCM ciphertext | tag of the 32 key bytes, bound to <see cref="KeyId"/>.</summary>
    public byte[] WrappedKey { get; private set; } = null!;

    /// <summary>The fingerprint of the key-encryption key that wrapped it (<see cref="KeyEncryptionKey.Id"/>).</summary>
    public string WrappingKeyId { get; private set; } = null!;

    /// <summary>New values are encrypted with the primary key; exactly one key is primary.</summary>
    public bool IsPrimary { get; private set; }

    /// <summary>A new primary key following <paramref name="previousPrimary"/>, which stops being primary.</summary>
    public static DataKey CreatePrimary(DataKey? previousPrimary, int lastKeyId, KeyEncryptionKey kek, byte[] keyBytes)
    {
        previousPrimary?.Demote();
        var keyId = lastKeyId + 1;
        return new DataKey(keyId, kek.Wrap(keyId, keyBytes), kek.Id);
    }

    public byte[] Unwrap(KeyEncryptionKeys keks) => keks.Get(WrappingKeyId).Unwrap(KeyId, WrappedKey);

    /// <summary>Wraps the same key bytes under the current key-encryption key; values encrypted with it stay valid.</summary>
    public bool RewrapWithCurrent(KeyEncryptionKeys keks)
    {
        if (WrappingKeyId == keks.Current.Id)
        {
            return false;
        }

        WrappedKey = keks.Current.Wrap(KeyId, Unwrap(keks));
        WrappingKeyId = keks.Current.Id;
        return true;
    }

    private void Demote() => IsPrimary = false;
}
