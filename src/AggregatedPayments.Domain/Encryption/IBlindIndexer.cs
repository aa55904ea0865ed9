namespace AggregatedPayments.Encryption;

/// <summary>
/// An HMAC-SHA256 of a value, stored next to its ciphertext so that equal values can be found without
/// decrypting (the same payee account). The caller normalises first (trim, drop spaces, upper-case…),
/// because only identical inputs give identical indexes.
/// </summary>
public interface IBlindIndexer
{
    /// <summary>64 lower-case hex characters; the purpose separates indexes of different columns.</summary>
    string Compute(string purpose, string value);

    /// <summary>
    /// The index under the current key-encryption key and under each previous one, for lookups while
    /// stored indexes are being recomputed after a key change: <c>WHERE BlindIndex IN (…)</c>.
    /// </summary>
    IReadOnlyList<string> ComputeForLookup(string purpose, string value);
}
