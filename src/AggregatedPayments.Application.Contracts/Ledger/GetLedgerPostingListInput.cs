using System.ComponentModel.DataAnnotations;
using AggregatedPayments.Dtos;

namespace AggregatedPayments.Ledger;

/// <summary>Filters, newest first, keyset-paged: pass the previous page's NextCursor to read on.</summary>
public sealed class GetLedgerPostingListInput
{
    public const int MaxPageSize = 500;

    public Guid? MerchantChannelId { get; set; }

    /// <summary>The payout attempt (or balance sync) that posted.</summary>
    public Guid? SourceId { get; set; }

    /// <summary>Every attempt of this payout order.</summary>
    public Guid? OrderId { get; set; }

    /// <summary>UTC, inclusive.</summary>
    public DateTime? From { get; set; }

    /// <summary>UTC, exclusive.</summary>
    public DateTime? To { get; set; }

    [StringLength(KeysetCursor.MaxLength)]
    public string? Cursor { get; set; }

    [Range(1, MaxPageSize)]
    public int MaxResultCount { get; set; } = 50;
}
