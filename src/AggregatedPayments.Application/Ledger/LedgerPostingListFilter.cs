using AggregatedPayments.Payouts;

namespace AggregatedPayments.Ledger;

internal static class LedgerPostingListFilter
{
    public static IQueryable<LedgerPosting> Apply(IQueryable<LedgerPosting> postings, IQueryable<PayoutAttempt> attempts, GetLedgerPostingListInput input)
    {
        if (input.MerchantChannelId is { } channel)
        {
            postings = postings.Where(p => p.MerchantChannelId == channel);
        }

        if (input.SourceId is { } source)
        {
            postings = postings.Where(p => p.SourceId == source);
        }

        if (input.OrderId is { } order)
        {
            postings = postings.Where(p => attempts.Any(a => a.Id == p.SourceId && a.OrderId == order));
        }

        if (input.From is { } from)
        {
            var utc = Utc(from);
            postings = postings.Where(p => p.Time >= utc);
        }

        if (input.To is { } to)
        {
            var utc = Utc(to);
            postings = postings.Where(p => p.Time < utc);
        }

        return postings;
    }

    // A query string's "Z" binds as local time; storage is UTC.
    public static DateTime Utc(DateTime time) => time.Kind == DateTimeKind.Local ? time.ToUniversalTime() : DateTime.SpecifyKind(time, DateTimeKind.Utc);
}
