namespace AggregatedPayments.Payroll;

/// <summary>
/// A submission and how far it got. <see cref="ItemCount"/> items were planned into <see cref="PlannedOrderCount"/>
/// orders when it was recorded; the job then marks items submitted, makes the orders and starts them, counting what
/// another clerk took meanwhile as skipped. Orders above the merchant's approval thresholds are held, not started
/// (<see cref="AwaitingApprovalCount"/>): each starts when a user other than the submitter approves it. The detail
/// lists the first failures; the counts cover all.
/// </summary>
public sealed record PayrollSubmissionDto(
    Guid Id,
    PayrollSubmissionStatus Status,
    PayrollSelectionKind SelectionKind,
    Guid? MerchantChannelId,
    bool Aggregate,
    string RequestedBy,
    DateTime CreationTime,
    DateTime? EndTime,
    int ItemCount,
    int PlannedOrderCount,
    int SubmittedItemCount,
    int OrderCount,
    int StartedCount,
    int AwaitingApprovalCount,
    int FailedToStartCount,
    IReadOnlyList<PayrollSkippedDto> Skipped,
    IReadOnlyList<PayrollFailureCountDto> FailuresByReason,
    IReadOnlyList<PayrollStartFailureDto> Failures,
    string? Failure,
    string? FailureText,
    int Version);
