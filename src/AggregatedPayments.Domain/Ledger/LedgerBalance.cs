using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Ledger;

/// <summary>
/// The five balances of one <see cref="LedgerAccountKey"/>, in minor units, kept in step with the
/// postings by the same statement sequence and transaction. One row, so a posting locks one row and
/// concurrent postings cannot deadlock each other. Changed only by <see cref="ILedgerStore"/>'s set-based updates.
/// </summary>
public sealed class LedgerBalance : Entity<Guid>, IMultiTenant, IHasVersion, IHasCreationTime
{
    private LedgerBalance()
    {
    }

    public LedgerBalance(Guid id, LedgerAccountKey key, DateTime creationTime)
    {
        Id = id;
        TenantId = key.TenantId;
        MerchantChannelId = key.MerchantChannelId;
        Currency = key.Currency;
        CreationTime = creationTime;
    }

    public Guid? TenantId { get; private set; }

    public Guid MerchantChannelId { get; private set; }

    public string Currency { get; private set; } = null!;

    public long Available { get; private set; }

    public long Held { get; private set; }

    public long PaidOut { get; private set; }

    public long Fees { get; private set; }

    public long Adjustments { get; private set; }

    /// <summary>Raised by every posting, so a transaction that must read the row as it now is can lock it by raising it.</summary>
    public int Version { get; private set; }

    public DateTime CreationTime { get; private set; }

    public LedgerAccountKey Key => new(TenantId!.Value, MerchantChannelId, Currency);

    /// <summary>The property that holds <paramref name="account"/>'s balance, for set-based updates.</summary>
    public static string PropertyOf(LedgerAccount account) => account switch
    {
        LedgerAccount.Available => nameof(Available),
        LedgerAccount.Held => nameof(Held),
        LedgerAccount.PaidOut => nameof(PaidOut),
        LedgerAccount.Fees => nameof(Fees),
        LedgerAccount.Adjustments => nameof(Adjustments),
        _ => throw new ArgumentOutOfRangeException(nameof(account), account, "Unknown ledger account.")
    };

    public long BalanceOf(LedgerAccount account) => account switch
    {
        LedgerAccount.Available => Available,
        LedgerAccount.Held => Held,
        LedgerAccount.PaidOut => PaidOut,
        LedgerAccount.Fees => Fees,
        LedgerAccount.Adjustments => Adjustments,
        _ => throw new ArgumentOutOfRangeException(nameof(account), account, "Unknown ledger account.")
    };
}
