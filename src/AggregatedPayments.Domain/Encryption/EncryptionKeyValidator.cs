namespace AggregatedPayments.Encryption;

/// <summary>
/// Decides whether a key-encryption key may protect real data. Every key written in this repository
/// (the development default, the test keys, well-known sample keys) is public and refused in Production,
/// as are keys that are plainly not random.
/// </summary>
public static class EncryptionKeyValidator
{
    /// <summary>The development default shipped in the host's appsettings.Development.json.</summary>
    public const string DevelopmentKey = "4D6V1qmRCAcUhTYYDIvSQop+CZ6q6LWcgCQN0JP5ikE=";

    /// <summary>The key the test suites configure.</summary>
    public const string TestKey = "b6o8EQxL5ZkW+bkYJx8sRNqLzjXsSIewaXDCVlCUIqY=";

    /// <summary>The key the test suites change to when they rewrap.</summary>
    public const string SecondTestKey = "awLDHOlFNWTfrquGnmtmS0OYIGfi+j7zxhjfwdlFCnU=";

    // Bytes 0..31 and the text "0123456789abcdef" twice: the sample keys of countless tutorials.
    private const string SequentialSampleKey = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private const string HexTextSampleKey = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    // 32 random bytes show about 30 different values; fewer than 16 happens by chance essentially never.
    private const int MinDistinctBytes = 16;

    public static IReadOnlyList<string> KnownNonSecretKeys { get; } =
        [DevelopmentKey, TestKey, SecondTestKey, SequentialSampleKey, HexTextSampleKey];

    /// <summary>What is wrong with the key, empty when it may be used. Outside Production only its form is checked.</summary>
    public static IReadOnlyList<string> Validate(string? base64Key, bool isProduction)
    {
        var key = KeyEncryptionKey.TryDecode(base64Key);
        if (key is null)
        {
            return [$"{EncryptionOptions.KeyEncryptionKeyPath} is missing or is not the base64 text of 32 bytes."];
        }

        if (!isProduction)
        {
            return [];
        }

        var problems = new List<string>();
        if (KnownNonSecretKeys.Any(known => KeyEncryptionKey.TryDecode(known)!.AsSpan().SequenceEqual(key)))
        {
            problems.Add($"{EncryptionOptions.KeyEncryptionKeyPath} is a public key (the development default, a test key or a sample); generate a secret one.");
        }

        if (key.Distinct().Count() < MinDistinctBytes || key.All(b => b is >= 0x20 and < 0x7F))
        {
            problems.Add($"{EncryptionOptions.KeyEncryptionKeyPath} is not random bytes (it repeats bytes or is plain text); generate one, e.g. `openssl rand -base64 32`.");
        }

        return problems;
    }

    /// <summary>Throws when the current key is unfit or a previous key is malformed; the message never contains a key.</summary>
    public static void EnsureValid(string? base64Key, IEnumerable<string?> previousBase64Keys, bool isProduction)
    {
        var problems = Validate(base64Key, isProduction).ToList();
        // Previous keys only unwrap, during a change of key, so a public one is allowed: it may be the one being replaced.
        if (previousBase64Keys.Any(previous => KeyEncryptionKey.TryDecode(previous) is null))
        {
            problems.Add($"An entry of {EncryptionOptions.PreviousKeyEncryptionKeysPath} is not the base64 text of 32 bytes.");
        }

        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The encryption keys cannot be used: " + string.Join(" ", problems));
        }
    }
}
