namespace AggregatedPayments.Data;

/// <summary>Seeds reference data at first start and on every migration run; must be idempotent.</summary>
public interface IDataSeedContributor
{
    /// <summary>Lower runs first (dictionaries before the users that reference them).</summary>
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
