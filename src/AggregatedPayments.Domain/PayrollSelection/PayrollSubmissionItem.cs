using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payroll;

/// <summary>One item of a submission's plan: the order (group) it goes into and the chunk that writes it. Written set-based.</summary>
public sealed class PayrollSubmissionItem : Entity<Guid>, IMultiTenant
{
    private PayrollSubmissionItem()
    {
    }

    public PayrollSubmissionItem(Guid id, Guid tenantId, Guid submissionId, int chunkNumber, int groupNumber, Guid itemId)
    {
        Id = id;
        TenantId = tenantId;
        SubmissionId = submissionId;
        ChunkNumber = chunkNumber;
        GroupNumber = groupNumber;
        ItemId = itemId;
    }

    public Guid? TenantId { get; private set; }

    public Guid SubmissionId { get; private set; }

    public int ChunkNumber { get; private set; }

    public int GroupNumber { get; private set; }

    public Guid ItemId { get; private set; }
}
