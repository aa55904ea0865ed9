using AggregatedPayments.Channels;
using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Payroll;

/// <summary>
/// A pending payout as the merchant's system, file or API gave it: checked, stored with its account number
/// encrypted, waiting for a clerk to choose it. Its merchant reference is unique per merchant and becomes
/// the reference of the payout line it is paid by, so the same payment can never be taken in twice.
/// An invalid item is kept with its reasons (it can be found and fixed by a later intake); it cannot be chosen.
/// </summary>
public sealed class PayrollItem : AggregateRoot, IMultiTenant
{
    private PayrollItem()
    {
    }

    internal PayrollItem(Guid id, Guid tenantId, Guid intakeId, PayrollItemSource source, long sourceLine, ValidatedPayrollItem item, DateTime now)
        : base(id)
    {
        TenantId = tenantId;
        IntakeId = intakeId;
        Source = source;
        SourceLine = sourceLine;
        MerchantReference = item.MerchantReference;
        PayeeName = item.PayeeName;
        AccountType = item.AccountType;
        AccountNumberCiphertext = item.Account.Ciphertext;
        AccountNumberIndex = item.Account.Index;
        AccountNumberMasked = item.Account.Masked;
        BankCode = item.BankCode;
        AmountMinor = item.AmountMinor;
        Currency = item.Currency;
        Purpose = item.Purpose;
        Remark = item.Remark;
        ContentHash = item.ContentHash;
        IsValid = item.Errors.Count == 0;
        ValidationErrors = IsValid ? null : string.Join(',', item.Errors);
        Status = PayrollItemStatus.Pending;
        CreationTime = now;
    }

    public Guid? TenantId { get; private set; }

    /// <summary>The intake (upload, pull, API request) that brought it, or last replaced it while it was invalid.</summary>
    public Guid IntakeId { get; private set; }

    public PayrollItemSource Source { get; private set; }

    /// <summary>The line in the file, or the item's place in the pull or request, from 1.</summary>
    public long SourceLine { get; private set; }

    public string MerchantReference { get; private set; } = null!;

    public string PayeeName { get; private set; } = null!;

    public PayeeAccountType AccountType { get; private set; }

    public string AccountNumberCiphertext { get; private set; } = null!;

    /// <summary>Blind index of the normalised number: finds the same payee without decrypting (aggregation).</summary>
    public string AccountNumberIndex { get; private set; } = null!;

    public string AccountNumberMasked { get; private set; } = null!;

    public string? BankCode { get; private set; }

    public long AmountMinor { get; private set; }

    public string Currency { get; private set; } = null!;

    public string? Purpose { get; private set; }

    public string? Remark { get; private set; }

    /// <summary>The same hash a payout line of this content carries, so item and line compare directly.</summary>
    public string ContentHash { get; private set; } = null!;

    public bool IsValid { get; private set; }

    /// <summary>The <see cref="PayrollErrorCodes"/> it failed, comma-separated; null when valid.</summary>
    public string? ValidationErrors { get; private set; }

    public PayrollItemStatus Status { get; private set; }

    /// <summary>The payout order that pays it, once submitted.</summary>
    public Guid? OrderId { get; private set; }

    public DateTime? SubmittedTime { get; private set; }

    public Money Amount => new(AmountMinor, Currency);

    /// <summary>Why a clerk cannot submit or discard it now; null when it can (only valid pending items can).</summary>
    public PayrollSkipReason? WhyNotChoosable() => WhyNotChoosable(Status, IsValid);

    /// <summary>The same rule over the two columns it reads, for counts grouped in the database.</summary>
    public static PayrollSkipReason? WhyNotChoosable(PayrollItemStatus status, bool isValid) => status switch
    {
        PayrollItemStatus.Submitted => PayrollSkipReason.AlreadySubmitted,
        PayrollItemStatus.Discarded => PayrollSkipReason.Discarded,
        _ => isValid ? null : PayrollSkipReason.Invalid
    };
}
