using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payroll;

/// <summary>
/// A planned order that did not start, and why (a stable code: Available short, no eligible channel, a
/// reference conflict). With an order it waits in PendingSubmission and can be re-initiated through the payouts
/// API; without one its items are still pending. Written set-based.
/// </summary>
public sealed class PayrollSubmissionFailure : Entity<Guid>, IMultiTenant
{
    private PayrollSubmissionFailure()
    {
    }

    public PayrollSubmissionFailure(Guid id, Guid tenantId, Guid submissionId, int groupNumber, Guid? orderId, int itemCount, long amountMinor, string currency, string code)
    {
        Id = id;
        TenantId = tenantId;
        SubmissionId = submissionId;
        GroupNumber = groupNumber;
        OrderId = orderId;
        ItemCount = itemCount;
        AmountMinor = amountMinor;
        Currency = currency;
        Code = code.Length <= PayrollSelectionConsts.MaxCodeLength ? code : code[..PayrollSelectionConsts.MaxCodeLength];
    }

    public Guid? TenantId { get; private set; }

    public Guid SubmissionId { get; private set; }

    public int GroupNumber { get; private set; }

    public Guid? OrderId { get; private set; }

    public int ItemCount { get; private set; }

    public long AmountMinor { get; private set; }

    public string Currency { get; private set; } = null!;

    public string Code { get; private set; } = null!;
}
