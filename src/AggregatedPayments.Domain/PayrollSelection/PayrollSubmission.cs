using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payroll;

/// <summary>
/// One hand-over of chosen items to the money core: who asked, when, through which channel (or routing),
/// whether items to the same payee were merged, and what became of them. Its plan (which items make which
/// order, in which chunk) is fixed when it is recorded; its job then works through the chunks, each in one
/// transaction that also moves the counts and <see cref="NextChunk"/>, so a crashed run resumes where it stopped.
/// </summary>
public sealed class PayrollSubmission : AggregateRoot, IMultiTenant
{
    private PayrollSubmission()
    {
    }

    public PayrollSubmission(
        Guid id, Guid tenantId, PayrollSelectionKind selectionKind, Guid? merchantChannelId, bool aggregate, string requestedBy, Guid? requestedByUserId, DateTime now)
        : base(id)
    {
        TenantId = tenantId;
        SelectionKind = selectionKind;
        MerchantChannelId = merchantChannelId;
        Aggregate = aggregate;
        RequestedBy = requestedBy;
        RequestedByUserId = requestedByUserId;
        Status = PayrollSubmissionStatus.Running;
        CreationTime = now;
    }

    public Guid? TenantId { get; private set; }

    public PayrollSelectionKind SelectionKind { get; private set; }

    /// <summary>The channel every order goes through; null when routing chooses per order.</summary>
    public Guid? MerchantChannelId { get; private set; }

    public bool Aggregate { get; private set; }

    public string RequestedBy { get; private set; } = null!;

    /// <summary>The submitting user, who is the maker of every order the submission makes: the one user who may not approve them.</summary>
    public Guid? RequestedByUserId { get; private set; }

    public PayrollSubmissionStatus Status { get; private set; }

    /// <summary>Items planned into orders when the submission was recorded.</summary>
    public int ItemCount { get; private set; }

    public int PlannedOrderCount { get; private set; }

    public int ChunkCount { get; private set; }

    /// <summary>The first chunk not yet written; equal to <see cref="ChunkCount"/> once all are.</summary>
    public int NextChunk { get; private set; }

    /// <summary>Items this submission marked submitted, each with its order.</summary>
    public int SubmittedItemCount { get; private set; }

    /// <summary>Orders that carry this submission's items, created by it or found from an earlier run.</summary>
    public int OrderCount { get; private set; }

    /// <summary>Orders whose first attempt is made: the amount held and the send queued.</summary>
    public int StartedCount { get; private set; }

    /// <summary>Orders held above the merchant's approval thresholds: each starts when a second user approves it.</summary>
    public int AwaitingApprovalCount { get; private set; }

    /// <summary>Orders (or planned orders) that could not start, each with its reason; their orders wait in PendingSubmission.</summary>
    public int FailedToStartCount { get; private set; }

    public int SkippedInvalid { get; private set; }

    public int SkippedAlreadySubmitted { get; private set; }

    public int SkippedDiscarded { get; private set; }

    public int SkippedNotFound { get; private set; }

    public int SkippedAboveLimit { get; private set; }

    public DateTime? EndTime { get; private set; }

    public string? Failure { get; private set; }

    public int Skipped(PayrollSkipReason reason) => reason switch
    {
        PayrollSkipReason.Invalid => SkippedInvalid,
        PayrollSkipReason.AlreadySubmitted => SkippedAlreadySubmitted,
        PayrollSkipReason.Discarded => SkippedDiscarded,
        PayrollSkipReason.NotFound => SkippedNotFound,
        PayrollSkipReason.AboveLimit => SkippedAboveLimit,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown skip reason.")
    };

    /// <summary>Records the plan; with nothing to submit the submission is complete at once (its counts say why).</summary>
    public void Plan(int itemCount, int plannedOrderCount, int chunkCount, PayrollSkipCounts skipped, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(skipped);
        ItemCount = itemCount;
        PlannedOrderCount = plannedOrderCount;
        ChunkCount = chunkCount;
        SkippedInvalid = skipped[PayrollSkipReason.Invalid];
        SkippedAlreadySubmitted = skipped[PayrollSkipReason.AlreadySubmitted];
        SkippedDiscarded = skipped[PayrollSkipReason.Discarded];
        SkippedNotFound = skipped[PayrollSkipReason.NotFound];
        SkippedAboveLimit = skipped[PayrollSkipReason.AboveLimit];
        if (chunkCount == 0)
        {
            Status = PayrollSubmissionStatus.Completed;
            EndTime = now;
        }
    }
}
