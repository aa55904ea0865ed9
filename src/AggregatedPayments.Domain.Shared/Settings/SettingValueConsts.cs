using AggregatedPayments.Encryption;

namespace AggregatedPayments.Settings;

public static class SettingValueConsts
{
    public const int MaxNameLength = 128;

    /// <summary>The longest value a caller may set, in characters.</summary>
    public const int MaxValueLength = 1024;

    /// <summary>The column holds the value or, for encrypted settings, its ciphertext.</summary>
    public static int MaxStoredValueLength => EncryptionConsts.MaxCiphertextLength(MaxValueLength);
}
