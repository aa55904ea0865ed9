namespace AggregatedPayments.Data;

public sealed class DataSeeder(IEnumerable<IDataSeedContributor> contributors)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var contributor in contributors.OrderBy(c => c.Order))
        {
            await contributor.SeedAsync(cancellationToken);
        }
    }
}
