using AggregatedPayments.Channels;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Ledger;
using AggregatedPayments.Routing;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Which channel each planned order would go through — the named one, or what routing would choose, each
/// order counted against the channels' daily limits as the ones before it — and the sums per channel and
/// currency. Routing's weighted draw is seeded, so the same selection always forecasts the same; the real
/// choice is made when each order starts, with the figures of that moment.
/// </summary>
public sealed class PayrollChannelForecast(PayrollChannelView channels)
{
    private static readonly IReadOnlySet<Guid> NoFailures = new HashSet<Guid>();

    private readonly PayoutRouter _router = new(new Random(0));
    private readonly SortedDictionary<Guid, RoutingCandidate> _candidates = new(channels.Candidates.ToDictionary(c => c.MerchantChannelId));
    private readonly Dictionary<(Guid? Channel, string Currency, string? Refusal), (int Orders, int Items, long Amount)> _sums = [];

    /// <summary>Counts <paramref name="group"/> where it would go; the channel, or null with the reason none would take it.</summary>
    public (Guid? MerchantChannelId, string? RefusalCode) Assign(PayrollPlannedGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var request = new RoutingRequest(group.AmountMinor, group.Currency, ChannelFunctions.Payout, channels.LocalTime, NoFailures);
        (Guid? MerchantChannelId, string? RefusalCode) choice;
        try
        {
            var chosen = _router.Choose(_candidates.Values.ToList(), request);
            _candidates[chosen.MerchantChannelId] = chosen with { UsedTodayMinor = chosen.UsedTodayMinor + group.AmountMinor };
            choice = (chosen.MerchantChannelId, null);
        }
        catch (BusinessException refusal)
        {
            choice = (null, refusal.Code);
        }

        var key = (choice.MerchantChannelId, group.Currency, choice.RefusalCode);
        var (orders, items, amount) = _sums.GetValueOrDefault(key);
        _sums[key] = (orders + 1, items + group.Items.Count, amount + group.AmountMinor);
        return choice;
    }

    /// <summary>The sums so far, each channel's against its Available now.</summary>
    public async Task<IReadOnlyList<PayrollChannelFigure>> FiguresAsync(
        Guid tenantId, ILedgerStore ledger, IRepository<MerchantChannel> merchantChannels, IRepository<Channel> channelDefinitions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(merchantChannels);
        ArgumentNullException.ThrowIfNull(channelDefinitions);
        var figures = new List<PayrollChannelFigure>();
        foreach (var ((channelId, currency, refusal), (orders, items, amount)) in _sums.OrderBy(s => s.Key.Channel).ThenBy(s => s.Key.Currency, StringComparer.Ordinal))
        {
            if (channelId is not { } id)
            {
                figures.Add(new PayrollChannelFigure(null, null, null, currency, orders, items, amount, 0, refusal));
                continue;
            }

            var balance = await ledger.FindBalanceAsync(new LedgerAccountKey(tenantId, id, currency), cancellationToken);
            var merchantChannel = await merchantChannels.FindAsync(id, cancellationToken);
            var channel = merchantChannel is null ? null : await channelDefinitions.FindAsync(merchantChannel.ChannelId, cancellationToken);
            figures.Add(new PayrollChannelFigure(id, channel?.Code, channel?.Name, currency, orders, items, amount, balance?.Available ?? 0, null));
        }

        return figures;
    }
}
