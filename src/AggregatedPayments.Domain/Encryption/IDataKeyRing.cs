namespace AggregatedPayments.Encryption;

/// <summary>The data keys, unwrapped and cached in memory; shared by all host instances through the database.</summary>
public interface IDataKeyRing
{
    /// <summary>The key new values are encrypted with; created on first use when the database has none.</summary>
    Task<DataKeyMaterial> GetPrimaryAsync(CancellationToken cancellationToken = default);

    Task<byte[]> GetKeyAsync(int keyId, CancellationToken cancellationToken = default);

    /// <summary>Makes a new primary key; existing values keep their key and stay readable. Returns the new key id.</summary>
    Task<int> RotateAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Wraps every data key under the current key-encryption key (after it was changed, with the old one
    /// listed in <c>PreviousKeyEncryptionKeys</c>). Returns how many keys were rewrapped.
    /// </summary>
    Task<int> RewrapAsync(CancellationToken cancellationToken = default);
}
