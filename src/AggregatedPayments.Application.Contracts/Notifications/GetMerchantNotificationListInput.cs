using System.ComponentModel.DataAnnotations;
using AggregatedPayments.Dtos;

namespace AggregatedPayments.Notifications;

/// <summary>Filters, newest first, keyset-paged: pass the previous page's NextCursor to read on.</summary>
public sealed class GetMerchantNotificationListInput
{
    public const int MaxPageSize = 200;

    public MerchantNotificationStatus? Status { get; set; }

    public Guid? OrderId { get; set; }

    /// <summary>"payout.succeeded" and the like.</summary>
    [StringLength(MerchantNotificationConsts.MaxEventTypeLength)]
    public string? EventType { get; set; }

    [StringLength(KeysetCursor.MaxLength)]
    public string? Cursor { get; set; }

    [Range(1, MaxPageSize)]
    public int MaxResultCount { get; set; } = 20;
}
