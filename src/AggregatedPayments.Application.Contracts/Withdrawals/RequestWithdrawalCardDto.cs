using System.ComponentModel.DataAnnotations;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Withdrawals;

/// <summary>The merchant's own bank card for one merchant channel; it waits for another user's confirmation.</summary>
public sealed class RequestWithdrawalCardDto
{
    public Guid MerchantChannelId { get; set; }

    [Required]
    [StringLength(PayoutConsts.MaxAccountNumberLength)]
    public string AccountNumber { get; set; } = "";

    [Required]
    [StringLength(PayoutConsts.MaxAccountNameLength)]
    public string AccountName { get; set; } = "";

    /// <summary>A code of the Banks dictionary (ICBC, CMB, …).</summary>
    [Required]
    [StringLength(PayoutConsts.MaxBankCodeLength)]
    public string BankCode { get; set; } = "";
}
