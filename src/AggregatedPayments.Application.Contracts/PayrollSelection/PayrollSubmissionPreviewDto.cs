namespace AggregatedPayments.Payroll;

/// <summary>
/// What submitting would do, nothing written: totals and channel figures over the whole selection, the first groups
/// listed (<see cref="OrderCount"/> says how many there are), and what is left out and why.
/// </summary>
public sealed record PayrollSubmissionPreviewDto(
    bool Aggregate,
    Guid? MerchantChannelId,
    int ItemCount,
    int OrderCount,
    IReadOnlyList<PayrollCurrencyTotalDto> Totals,
    IReadOnlyList<PayrollPreviewGroupDto> Groups,
    IReadOnlyList<PayrollChannelFigureDto> Channels,
    IReadOnlyList<PayrollSkippedDto> Skipped);
