using AggregatedPayments.Data;
using AggregatedPayments.Merchants;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Payouts;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.Routing;

/// <summary>
/// The current merchant's time zone for daily limits (the options' default when the merchant names none).
/// Scoped: read once per scope and tenant, instead of once per order started.
/// </summary>
public sealed class MerchantTimeZone(
    IRepository<Merchant> merchants,
    ICurrentTenant currentTenant,
    IOptions<PayoutSubmissionOptions> options)
{
    private readonly Dictionary<Guid, TimeZoneInfo> _zones = [];

    public async Task<TimeZoneInfo> GetAsync(CancellationToken cancellationToken)
    {
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("A merchant's day needs its tenant: act inside it.");
        if (!_zones.TryGetValue(tenantId, out var zone))
        {
            var merchant = await merchants.FindAsync(tenantId, cancellationToken);
            var id = merchant?.TimeZone ?? options.Value.DefaultTimeZone;
            zone = TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found) ? found : TimeZoneInfo.Utc;
            _zones[tenantId] = zone;
        }

        return zone;
    }

    /// <summary>The UTC start of the merchant's day that contains <paramref name="utc"/>.</summary>
    public async Task<DateTime> StartOfDayUtcAsync(DateTime utc, CancellationToken cancellationToken) =>
        MerchantDay.Containing(utc, await GetAsync(cancellationToken)).StartUtc;
}
