namespace AggregatedPayments.Ledger;

internal static class LedgerDtoMapper
{
    public static LedgerBalanceDto ToDto(LedgerBalance b) => new(b.MerchantChannelId, b.Currency, b.Available, b.Held, b.PaidOut, b.Fees, b.Adjustments);

    public static LedgerPostingDto ToDto(LedgerPosting p, Guid? orderId) =>
        new(p.Id, p.MerchantChannelId, p.Currency, p.DebitAccount, p.CreditAccount, p.AmountMinor, p.EventKind, p.SourceId, orderId, p.Time);
}
