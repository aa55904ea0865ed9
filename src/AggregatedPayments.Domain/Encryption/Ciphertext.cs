using System.Globalization;
using System.Text;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Encryption;

/// <summary>
/// The stored text of an encrypted value: "v1:&lt;keyId&gt;:&lt;base64 nonce|ciphertext|tag&gt;". The key id says
/// which data key opens it, so keys can rotate while old values stay readable.
/// </summary>
public sealed record Ciphertext(int KeyId, byte[] Payload)
{
    private const string Prefix = EncryptionConsts.CiphertextVersion + ":";

    public override string ToString() =>
        Prefix + KeyId.ToString(CultureInfo.InvariantCulture) + ":" + Convert.ToBase64String(Payload);

    public static Ciphertext Parse(string text)
    {
        var parts = text.Split(':');
        if (parts.Length != 3
            || parts[0] != EncryptionConsts.CiphertextVersion
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var keyId)
            || keyId <= 0)
        {
            throw new BusinessException(ErrorCodes.DecryptionFailed, "The value is not a ciphertext of version " + EncryptionConsts.CiphertextVersion + ".");
        }

        try
        {
            return new Ciphertext(keyId, Convert.FromBase64String(parts[2]));
        }
        catch (FormatException exception)
        {
            throw new BusinessException(ErrorCodes.DecryptionFailed, "The ciphertext is not valid base64.", exception);
        }
    }

    /// <summary>
    /// What the tag authenticates besides the data: version, key id and purpose. A value sealed for one
    /// column or setting does not open when moved to another.
    /// </summary>
    public static byte[] AssociatedData(int keyId, string purpose) =>
        Encoding.UTF8.GetBytes(Prefix + keyId.ToString(CultureInfo.InvariantCulture) + ":" + purpose);
}
