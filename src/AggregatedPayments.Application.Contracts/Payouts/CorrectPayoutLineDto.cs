using System.ComponentModel.DataAnnotations;

namespace AggregatedPayments.Payouts;

public sealed class CorrectPayoutLineDto
{
    [Range(1, PayoutConsts.MaxLinesPerOrder)]
    public int LineNumber { get; set; }

    [Range(1, long.MaxValue)]
    public long AmountMinor { get; set; }
}
