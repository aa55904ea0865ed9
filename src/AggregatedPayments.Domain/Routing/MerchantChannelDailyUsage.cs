using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Routing;

/// <summary>
/// What one merchant channel has taken on one merchant day (its day starts at <see cref="DayStartUtc"/>, midnight
/// in the merchant's time zone): the amounts of the day's attempts that did not fail or get cancelled. Kept in
/// step with the attempts by <see cref="IDailyUsageStore"/>'s guarded updates in the attempt's own transaction,
/// so routing reads one row instead of summing the day's attempts, and the daily limit is checked by the
/// same statement that takes the amount.
/// </summary>
public sealed class MerchantChannelDailyUsage : Entity<Guid>, IMultiTenant, IHasCreationTime
{
    private MerchantChannelDailyUsage()
    {
    }

    public MerchantChannelDailyUsage(Guid id, Guid tenantId, Guid merchantChannelId, DateTime dayStartUtc, DateTime creationTime)
    {
        Id = id;
        TenantId = tenantId;
        MerchantChannelId = merchantChannelId;
        DayStartUtc = dayStartUtc;
        CreationTime = creationTime;
    }

    public Guid? TenantId { get; private set; }

    public Guid MerchantChannelId { get; private set; }

    /// <summary>The merchant's midnight of this day, in UTC.</summary>
    public DateTime DayStartUtc { get; private set; }

    /// <summary>Minor units taken this day; never negative.</summary>
    public long UsedMinor { get; private set; }

    public DateTime CreationTime { get; private set; }
}
