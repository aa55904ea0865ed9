using System.Security.Cryptography;
using System.Text;

namespace AggregatedPayments.Encryption;

public sealed class BlindIndexer(KeyEncryptionKeys keys) : IBlindIndexer
{
    public string Compute(string purpose, string value) => Compute(keys.Current, purpose, value);

    public IReadOnlyList<string> ComputeForLookup(string purpose, string value) =>
        keys.Previous.Prepend(keys.Current).Select(k => Compute(k, purpose, value)).Distinct().ToArray();

    private static string Compute(KeyEncryptionKey key, string purpose, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        ArgumentNullException.ThrowIfNull(value);
        if (purpose.Contains('\0'))
        {
            throw new ArgumentException("A purpose cannot contain a NUL character.", nameof(purpose));
        }

        // The NUL separator keeps ("a", "bc") and ("ab", "c") apart.
        var message = Encoding.UTF8.GetBytes(purpose + "\0" + value);
        return Convert.ToHexStringLower(HMACSHA256.HashData(key.BlindIndexKey, message));
    }
}
