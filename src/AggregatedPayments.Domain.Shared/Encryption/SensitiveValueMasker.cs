namespace AggregatedPayments.Encryption;

/// <summary>
/// How account numbers and secrets look wherever they are shown (UI, logs, exports, audit): never in full.
/// </summary>
public static class SensitiveValueMasker
{
    /// <summary>What a secret that has a value shows instead of it; sending it back means "unchanged".</summary>
    public const string SecretMask = "******";

    public const int VisibleAccountDigits = 4;

    /// <summary>
    /// Keeps the last four characters and stars the rest, with separators dropped ("6222 0212 3456 7890"
    /// → "************7890"). A number too short to hide anything by keeping four is starred entirely.
    /// </summary>
    public static string? MaskAccountNumber(string? accountNumber)
    {
        if (string.IsNullOrEmpty(accountNumber))
        {
            return accountNumber;
        }

        var compact = new string(accountNumber.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        if (compact.Length <= VisibleAccountDigits * 2)
        {
            return new string('*', compact.Length);
        }

        return new string('*', compact.Length - VisibleAccountDigits) + compact[^VisibleAccountDigits..];
    }

    /// <summary>The mask for a set secret; null or empty stays as it is so that "not set" remains visible.</summary>
    public static string? MaskSecret(string? secret) => string.IsNullOrEmpty(secret) ? secret : SecretMask;
}
