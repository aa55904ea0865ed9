namespace AggregatedPayments.Routing;

/// <summary>
/// The set-based persistence of <see cref="MerchantChannelDailyUsage"/>, inside the caller's transaction (the one
/// that starts, fails or cancels the attempt), in the current tenant.
/// </summary>
public interface IDailyUsageStore
{
    /// <summary>What each of <paramref name="merchantChannelIds"/> has taken on the day starting at <paramref name="dayStartUtc"/> (absent: nothing).</summary>
    Task<IReadOnlyDictionary<Guid, long>> LoadAsync(IReadOnlyCollection<Guid> merchantChannelIds, DateTime dayStartUtc, CancellationToken cancellationToken);

    /// <summary>
    /// Adds <paramref name="amountMinor"/> to the day's row (created when missing) by one conditional update that
    /// refuses when the day's total would pass <paramref name="limitMinor"/> (null: no limit); false when refused,
    /// and then nothing changed. The update reads the latest committed row under its lock (InnoDB) or under the
    /// writer lock (SQLite), so concurrent starts can never together pass the limit.
    /// </summary>
    Task<bool> TryChargeAsync(Guid merchantChannelId, DateTime dayStartUtc, long amountMinor, long? limitMinor, CancellationToken cancellationToken);

    /// <summary>Gives <paramref name="amountMinor"/> back to the day's row; never below zero.</summary>
    Task ReleaseAsync(Guid merchantChannelId, DateTime dayStartUtc, long amountMinor, CancellationToken cancellationToken);
}
