using System.Security.Cryptography;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Encryption;

/// <summary>AES-256-GCM with a random nonce; the sealed form is nonce | ciphertext | tag.</summary>
public static class AesGcmCipher
{
    public const int KeySize = 32;

    public static byte[] Seal(byte[] key, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var output = new byte[EncryptionConsts.NonceSize + plaintext.Length + EncryptionConsts.TagSize];
        var nonce = output.AsSpan(0, EncryptionConsts.NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, EncryptionConsts.TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(EncryptionConsts.NonceSize, plaintext.Length), output.AsSpan(output.Length - EncryptionConsts.TagSize), associatedData);
        return output;
    }

    /// <summary>Throws <see cref="ErrorCodes.DecryptionFailed"/> when the data, the key or the associated data differ from sealing.</summary>
    public static byte[] Open(byte[] key, ReadOnlySpan<byte> sealedData, ReadOnlySpan<byte> associatedData)
    {
        if (sealedData.Length < EncryptionConsts.NonceSize + EncryptionConsts.TagSize)
        {
            throw new BusinessException(ErrorCodes.DecryptionFailed, "The sealed data is too short.");
        }

        var plaintext = new byte[sealedData.Length - EncryptionConsts.NonceSize - EncryptionConsts.TagSize];
        try
        {
            using var aes = new AesGcm(key, EncryptionConsts.TagSize);
            aes.Decrypt(
                sealedData[..EncryptionConsts.NonceSize],
                sealedData.Slice(EncryptionConsts.NonceSize, plaintext.Length),
                sealedData[^EncryptionConsts.TagSize..],
                plaintext,
                associatedData);
            return plaintext;
        }
        catch (AuthenticationTagMismatchException exception)
        {
            throw new BusinessException(ErrorCodes.DecryptionFailed, "The data was altered or belongs to another key or purpose.", exception);
        }
    }
}
