namespace AggregatedPayments.Encryption;

public static class EncryptionConsts
{
    /// <summary>The first part of every ciphertext: "v1:&lt;keyId&gt;:&lt;base64 nonce|ciphertext|tag&gt;".</summary>
    public const string CiphertextVersion = "v1";

    public const int NonceSize = 12;

    public const int TagSize = 16;

    /// <summary>Hex of an HMAC-SHA256 blind index.</summary>
    public const int BlindIndexLength = 64;

    private const int MaxKeyIdDigits = 10;

    /// <summary>
    /// The longest ciphertext of a text of at most <paramref name="maxPlaintextLength"/> characters, for
    /// sizing columns: UTF-8 takes at most three bytes per UTF-16 character.
    /// </summary>
    public static int MaxCiphertextLength(int maxPlaintextLength)
    {
        var payloadBytes = NonceSize + (maxPlaintextLength * 3) + TagSize;
        var base64Length = (payloadBytes + 2) / 3 * 4;
        return CiphertextVersion.Length + 1 + MaxKeyIdDigits + 1 + base64Length;
    }
}
