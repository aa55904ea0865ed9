namespace AggregatedPayments.Payroll;

/// <summary>What submitting a selection would do, computed without writing anything: totals over it all, the first groups listed.</summary>
public sealed record PayrollPreview(
    bool Aggregate,
    Guid? MerchantChannelId,
    int ItemCount,
    int OrderCount,
    IReadOnlyList<PayrollCurrencyTotal> Totals,
    IReadOnlyList<PayrollPreviewGroup> Groups,
    IReadOnlyList<PayrollChannelFigure> Channels,
    PayrollSkipCounts Skipped);
