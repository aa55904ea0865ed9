using System.ComponentModel.DataAnnotations;
using AggregatedPayments.Dtos;

namespace AggregatedPayments.Payouts;

/// <summary>Filters, newest first, keyset-paged: pass the previous page's NextCursor to read on.</summary>
public sealed class GetPayoutListInput
{
    public const int MaxPageSize = 200;

    public PayoutState? State { get; set; }

    [StringLength(PayoutConsts.MaxMerchantReferenceLength)]
    public string? MerchantReference { get; set; }

    /// <summary>UTC, inclusive.</summary>
    public DateTime? CreatedFrom { get; set; }

    /// <summary>UTC, exclusive.</summary>
    public DateTime? CreatedTo { get; set; }

    public bool? NeedsManualReview { get; set; }

    /// <summary>Orders waiting (true) or not waiting (false) for a second user's approval.</summary>
    public bool? AwaitingApproval { get; set; }

    /// <summary>Orders whose current attempt runs on this merchant channel.</summary>
    public Guid? MerchantChannelId { get; set; }

    [StringLength(KeysetCursor.MaxLength)]
    public string? Cursor { get; set; }

    [Range(1, MaxPageSize)]
    public int MaxResultCount { get; set; } = 20;
}
