using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Payouts;

/// <summary>Who is paid, as the caller gives it; the account number is never given back (only masked).</summary>
public sealed class PayeeInput
{
    [Required]
    [StringLength(PayoutConsts.MaxAccountNumberLength)]
    public string AccountNumber { get; set; } = "";

    [Required]
    [StringLength(PayoutConsts.MaxAccountNameLength)]
    public string AccountName { get; set; } = "";

    /// <summary>BankCard, ProviderLogin or ProviderUserId.</summary>
    [Required]
    [StringLength(32)]
    public string AccountType { get; set; } = "BankCard";

    [StringLength(PayoutConsts.MaxBankCodeLength)]
    public string? BankCode { get; set; }

    [StringLength(PayoutConsts.MaxBankNameLength)]
    public string? BankName { get; set; }

    [StringLength(PayoutConsts.MaxBranchNameLength)]
    public string? BranchName { get; set; }

    /// <summary>Masks the number, so a log line or exception never carries it.</summary>
    public override string ToString() => $"{AccountType} ****{(AccountNumber.Length > 4 ? AccountNumber[^4..] : "")} {AccountName}";
}
