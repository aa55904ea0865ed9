using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payroll;

/// <summary>A clerk setting chosen pending items aside, never to be paid: who, when, why, and how many.</summary>
public sealed class PayrollDiscard : AggregateRoot, IMultiTenant
{
    private PayrollDiscard()
    {
    }

    public PayrollDiscard(Guid id, Guid tenantId, PayrollSelectionKind selectionKind, string reason, string requestedBy, DateTime now)
        : base(id)
    {
        TenantId = tenantId;
        SelectionKind = selectionKind;
        Reason = reason;
        RequestedBy = requestedBy;
        CreationTime = now;
    }

    public Guid? TenantId { get; private set; }

    public PayrollSelectionKind SelectionKind { get; private set; }

    public string Reason { get; private set; } = null!;

    public string RequestedBy { get; private set; } = null!;

    public int DiscardedCount { get; private set; }

    public int SkippedCount { get; private set; }

    public void Record(int discarded, int skipped)
    {
        DiscardedCount = discarded;
        SkippedCount = skipped;
    }
}
