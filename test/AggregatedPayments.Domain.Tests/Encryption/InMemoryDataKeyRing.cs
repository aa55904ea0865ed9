namespace AggregatedPayments.Encryption;

/// <summary>Data keys in a dictionary, to test the cipher and its format without a database.</summary>
internal sealed class InMemoryDataKeyRing : IDataKeyRing
{
    private readonly Dictionary<int, byte[]> _keys = new() { [1] = KeyEncryptionKey.NewDataKey() };

    private int _primary = 1;

    public Task<DataKeyMaterial> GetPrimaryAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new DataKeyMaterial(_primary, _keys[_primary]));

    public Task<byte[]> GetKeyAsync(int keyId, CancellationToken cancellationToken = default) => Task.FromResult(_keys[keyId]);

    public Task<int> RotateAsync(CancellationToken cancellationToken = default)
    {
        _primary++;
        _keys[_primary] = KeyEncryptionKey.NewDataKey();
        return Task.FromResult(_primary);
    }

    public Task<int> RewrapAsync(CancellationToken cancellationToken = default) => Task.FromResult(0);
}
