using AggregatedPayments.Data;

namespace AggregatedPayments.Encryption;

/// <summary>
/// Creates the first data key at start-up, outside any request: made lazily inside a request's open
/// transaction, its separate insert would wait on that transaction's lock on SQLite.
/// </summary>
public sealed class DataKeySeedContributor(IDataKeyRing keyRing) : IDataSeedContributor
{
    // Before any contributor that might encrypt a seeded secret.
    public int Order => -1000;

    public async Task SeedAsync(CancellationToken cancellationToken) => await keyRing.GetPrimaryAsync(cancellationToken);
}
