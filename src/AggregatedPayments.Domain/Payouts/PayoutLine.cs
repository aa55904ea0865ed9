using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payouts;

/// <summary>
/// One payment the merchant asked for, named by its own reference (unique per merchant). Its content
/// hash decides whether a repeat of the reference is the same request or a conflict.
/// </summary>
public sealed class PayoutLine : Entity<Guid>, IMultiTenant
{
    private PayoutLine()
    {
    }

    internal PayoutLine(Guid id, Guid tenantId, Guid orderId, int lineNumber, MerchantReference reference, Money amount, string? purpose, string? remark, string contentHash)
    {
        Id = id;
        TenantId = tenantId;
        OrderId = orderId;
        LineNumber = lineNumber;
        MerchantReference = reference.Value;
        AmountMinor = amount.Minor;
        Currency = amount.Currency;
        Purpose = purpose;
        Remark = remark;
        ContentHash = contentHash;
    }

    public Guid? TenantId { get; private set; }

    public Guid OrderId { get; private set; }

    /// <summary>The line's place in the order, from 1, as the merchant listed them.</summary>
    public int LineNumber { get; private set; }

    public string MerchantReference { get; private set; } = null!;

    public long AmountMinor { get; private set; }

    public string Currency { get; private set; } = null!;

    public Money Amount => new(AmountMinor, Currency);

    public string? Purpose { get; private set; }

    public string? Remark { get; private set; }

    public string ContentHash { get; private set; } = null!;

    /// <summary>The corrected amount and the content it now stands for, so a later repeat of the reference is compared against what is paid.</summary>
    internal void Correct(Money amount, string contentHash)
    {
        AmountMinor = amount.EnsureCurrency(Currency).Minor;
        ContentHash = contentHash;
    }
}
