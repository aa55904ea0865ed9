using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Payouts;

public sealed class CorrectPayeeDto
{
    [StringLength(PayoutConsts.MaxAccountNumberLength)]
    public string? AccountNumber { get; set; }

    [StringLength(PayoutConsts.MaxAccountNameLength)]
    public string? AccountName { get; set; }

    [StringLength(32)]
    public string? AccountType { get; set; }

    [StringLength(PayoutConsts.MaxBankCodeLength)]
    public string? BankCode { get; set; }

    [StringLength(PayoutConsts.MaxBankNameLength)]
    public string? BankName { get; set; }

    [StringLength(PayoutConsts.MaxBranchNameLength)]
    public string? BranchName { get; set; }

    public override string ToString() => $"{AccountType} {(AccountNumber is null ? "(number kept)" : "****")} {AccountName}";
}
