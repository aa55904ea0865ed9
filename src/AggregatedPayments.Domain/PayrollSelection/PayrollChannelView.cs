using AggregatedPayments.Channels;
using AggregatedPayments.Payouts;
using AggregatedPayments.Routing;

namespace AggregatedPayments.Payroll;

/// <summary>
/// The merchant's channels as a submission plans against them: the named one, or every candidate routing
/// may choose from, with what each has taken today and the merchant's local time.
/// </summary>
public sealed record PayrollChannelView(Guid? MerchantChannelId, IReadOnlyList<RoutingCandidate> Candidates, TimeOnly LocalTime)
{
    /// <summary>No channel takes more lines in one order than the payouts core allows; none declares a lower count of its own.</summary>
    public int MaxLinesPerOrder => PayoutConsts.MaxLinesPerOrder;

    /// <summary>
    /// The largest order <paramref name="currency"/> can go out in: the named channel's single limit, or — when
    /// routing chooses per order — the highest limit among the channels that could take that currency at all
    /// (routing skips a channel whose limit an order exceeds). Null when nothing limits it.
    /// </summary>
    public long? SingleLimitFor(string currency)
    {
        if (MerchantChannelId is not null)
        {
            return Candidates[0].SingleLimitMinor;
        }

        var able = Candidates.Where(c => c.IsOpen && c.Functions.HasFlag(ChannelFunctions.Payout) && c.Currencies.Contains(currency, StringComparer.Ordinal)).ToList();
        return able.Count == 0 || able.Any(c => c.SingleLimitMinor is null) ? null : able.Max(c => c.SingleLimitMinor);
    }
}
