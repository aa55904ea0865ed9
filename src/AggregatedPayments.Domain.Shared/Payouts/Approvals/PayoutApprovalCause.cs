namespace AggregatedPayments.Payouts;

/// <summary>Which of the merchant's approval thresholds the order passed.</summary>
public enum PayoutApprovalCause
{
    /// <summary>The order's amount is above the single threshold.</summary>
    AboveSingleThreshold = 0,

    /// <summary>The day's total with this order is above the daily threshold (the merchant's day, in its time zone).</summary>
    AboveDailyThreshold = 1
}
