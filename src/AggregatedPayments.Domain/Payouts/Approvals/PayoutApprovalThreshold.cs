namespace AggregatedPayments.Payouts;

/// <summary>Why an order waits: the threshold it passed, and for a daily one the day's total before it.</summary>
public sealed record PayoutApprovalThreshold(PayoutApprovalCause Cause, long ThresholdMinor, long? DayTotalMinor)
{
    public string Describe(long amountMinor, string currency) => Cause == PayoutApprovalCause.AboveSingleThreshold
        ? $"{amountMinor} {currency} is above the single approval threshold of {ThresholdMinor}"
        : $"today's {DayTotalMinor} {currency} plus {amountMinor} is above the daily approval threshold of {ThresholdMinor}";
}
