namespace AggregatedPayments.Encryption;

/// <summary>Read from the "Encryption" section; every host instance must carry the same key-encryption key.</summary>
public sealed class EncryptionOptions
{
    public const string SectionName = "Encryption";

    public const string KeyEncryptionKeyPath = SectionName + ":" + nameof(KeyEncryptionKey);

    public const string PreviousKeyEncryptionKeysPath = SectionName + ":" + nameof(PreviousKeyEncryptionKeys);

    /// <summary>Base64 of 32 random bytes. Wraps the data keys stored in the database.</summary>
    public string? KeyEncryptionKey { get; set; }

    /// <summary>
    /// Keys that wrapped data keys before a change of <see cref="KeyEncryptionKey"/>: still able to unwrap,
    /// never used to wrap, until <see cref="IDataKeyRing.RewrapAsync"/> has moved every data key to the new one.
    /// </summary>
    public IList<string> PreviousKeyEncryptionKeys { get; set; } = [];
}
