namespace AggregatedPayments.Payouts;

internal static class PayoutListFilter
{
    public static IQueryable<PayoutOrder> Apply(IQueryable<PayoutOrder> orders, IQueryable<PayoutAttempt> attempts, IQueryable<PayoutLine> lines, GetPayoutListInput input)
    {
        if (input.State is { } state)
        {
            orders = orders.Where(o => o.State == state);
        }

        if (!string.IsNullOrWhiteSpace(input.MerchantReference))
        {
            var reference = input.MerchantReference.Trim();
            orders = orders.Where(o => lines.Any(l => l.OrderId == o.Id && l.MerchantReference == reference));
        }

        if (input.CreatedFrom is { } from)
        {
            var utc = Ledger.LedgerPostingListFilter.Utc(from);
            orders = orders.Where(o => o.CreationTime >= utc);
        }

        if (input.CreatedTo is { } to)
        {
            var utc = Ledger.LedgerPostingListFilter.Utc(to);
            orders = orders.Where(o => o.CreationTime < utc);
        }

        if (input.NeedsManualReview is { } review)
        {
            orders = orders.Where(o => o.NeedsManualReview == review);
        }

        if (input.AwaitingApproval is { } awaiting)
        {
            orders = orders.Where(o => o.AwaitingApproval == awaiting);
        }

        if (input.MerchantChannelId is { } channel)
        {
            orders = orders.Where(o => attempts.Any(a => a.Id == o.CurrentAttemptId && a.MerchantChannelId == channel));
        }

        return orders;
    }
}
