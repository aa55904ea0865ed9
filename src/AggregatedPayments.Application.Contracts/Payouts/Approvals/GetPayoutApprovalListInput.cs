using System.ComponentModel.DataAnnotations;
using AggregatedPayments.Dtos;

namespace AggregatedPayments.Payouts;

/// <summary>Newest first, keyset-paged: pass the previous page's NextCursor to read on. Status=Pending is the queue.</summary>
public sealed class GetPayoutApprovalListInput
{
    public const int MaxPageSize = 200;

    public PayoutApprovalStatus? Status { get; set; }

    public Guid? OrderId { get; set; }

    [StringLength(KeysetCursor.MaxLength)]
    public string? Cursor { get; set; }

    [Range(1, MaxPageSize)]
    public int MaxResultCount { get; set; } = 20;
}
