using System.ComponentModel.DataAnnotations;
using AggregatedPayments.Dtos;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Withdrawals;

/// <summary>Newest first, keyset-paged: pass the previous page's NextCursor to read on.</summary>
public sealed class GetWithdrawalListInput
{
    public const int MaxPageSize = 200;

    public PayoutState? State { get; set; }

    [StringLength(KeysetCursor.MaxLength)]
    public string? Cursor { get; set; }

    [Range(1, MaxPageSize)]
    public int MaxResultCount { get; set; } = 20;
}
