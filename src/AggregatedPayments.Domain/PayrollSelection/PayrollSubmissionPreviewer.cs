using AggregatedPayments.Channels;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Ledger;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Plans a selection exactly as a submission would — the same reader, grouping and limits — and reports it
/// instead of writing it: the groups (the first <see cref="PayrollSelectionConsts.PreviewGroups"/>), totals,
/// what goes through each channel against its Available, and what is left out and why.
/// </summary>
public sealed class PayrollSubmissionPreviewer(
    PayrollSelectionReader reader,
    PayrollChannelViewLoader channelViews,
    PayrollAggregationRule aggregation,
    ILedgerStore ledger,
    IRepository<MerchantChannel> merchantChannels,
    IRepository<Channel> channels,
    ICurrentTenant currentTenant)
{
    public async Task<PayrollPreview> PreviewAsync(PayrollSelection selection, Guid? merchantChannelId, bool? aggregate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(selection);
        var tenantId = currentTenant.Id ?? throw new BusinessException(PayrollErrorCodes.ActInsideMerchant);
        var merge = await aggregation.AppliesAsync(aggregate, cancellationToken);
        var view = await channelViews.LoadAsync(merchantChannelId, cancellationToken);
        var skipped = await reader.CountUnchoosableAsync(selection, cancellationToken);

        var grouper = new PayrollOrderGrouper(merge, view);
        var forecast = new PayrollChannelForecast(view);
        var listed = new List<PayrollPreviewGroup>();
        var totals = new SortedDictionary<string, PayrollCurrencyTotal>(StringComparer.Ordinal);
        var (orders, items) = (0, 0);
        await foreach (var group in grouper.GroupAsync(reader.ReadChoosableAsync(selection, cancellationToken), cancellationToken))
        {
            var (channel, refusal) = forecast.Assign(group);
            if (listed.Count < PayrollSelectionConsts.PreviewGroups)
            {
                listed.Add(new PayrollPreviewGroup(group, channel, refusal));
            }

            var total = totals.GetValueOrDefault(group.Currency) ?? new PayrollCurrencyTotal(group.Currency, 0, 0, 0);
            totals[group.Currency] = total with
            {
                OrderCount = total.OrderCount + 1,
                ItemCount = total.ItemCount + group.Items.Count,
                AmountMinor = total.AmountMinor + group.AmountMinor
            };
            orders++;
            items += group.Items.Count;
        }

        skipped.Add(PayrollSkipReason.AboveLimit, grouper.AboveLimit);
        var figures = await forecast.FiguresAsync(tenantId, ledger, merchantChannels, channels, cancellationToken);
        return new PayrollPreview(merge, merchantChannelId, items, orders, totals.Values.ToList(), listed, figures, skipped);
    }
}
