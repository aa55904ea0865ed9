namespace AggregatedPayments.Payouts;

/// <summary>
/// An account number as stored: ciphertext, blind index, and the masked form that is all anyone sees.
/// <paramref name="LookupIndexes"/> are its indexes under the current and every previous key, to recognise
/// a row indexed before a key change.
/// </summary>
public sealed record EncryptedAccountNumber(string Ciphertext, string Index, string Masked, IReadOnlyList<string> LookupIndexes);
