using AggregatedPayments.Entities;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Ledger;

/// <summary>
/// One double entry: <see cref="AmountMinor"/> moves from <see cref="CreditAccount"/> to
/// <see cref="DebitAccount"/> of one account key. (<see cref="SourceId"/>, <see cref="EventKind"/>) is
/// unique, so an event — a hold for an attempt, its success — posts at most once however often it is reported.
/// </summary>
public sealed class LedgerPosting : Entity<Guid>, IMultiTenant
{
    private LedgerPosting()
    {
    }

    public LedgerPosting(Guid id, LedgerAccountKey key, LedgerAccount debitAccount, LedgerAccount creditAccount, Money amount, Guid sourceId, LedgerEventKind eventKind, DateTime time)
    {
        ArgumentNullException.ThrowIfNull(amount);
        if (amount.Currency != key.Currency)
        {
            throw new BusinessException(LedgerErrorCodes.CurrencyMismatch).WithData("expected", key.Currency).WithData("actual", amount.Currency);
        }

        if (amount.IsZero || debitAccount == creditAccount)
        {
            throw new ArgumentException("A posting moves a positive amount between two different accounts.", nameof(amount));
        }

        Id = id;
        TenantId = key.TenantId;
        MerchantChannelId = key.MerchantChannelId;
        Currency = key.Currency;
        DebitAccount = debitAccount;
        CreditAccount = creditAccount;
        AmountMinor = amount.Minor;
        SourceId = sourceId;
        EventKind = eventKind;
        Time = time;
    }

    public Guid? TenantId { get; private set; }

    public Guid MerchantChannelId { get; private set; }

    public string Currency { get; private set; } = null!;

    /// <summary>The account that grows.</summary>
    public LedgerAccount DebitAccount { get; private set; }

    /// <summary>The account that shrinks.</summary>
    public LedgerAccount CreditAccount { get; private set; }

    public long AmountMinor { get; private set; }

    /// <summary>The payout attempt for payout events; the sync's own id for a balance sync.</summary>
    public Guid SourceId { get; private set; }

    public LedgerEventKind EventKind { get; private set; }

    public DateTime Time { get; private set; }

    public LedgerAccountKey Key => new(TenantId!.Value, MerchantChannelId, Currency);
}
