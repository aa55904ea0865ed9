using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payouts;

/// <summary>
/// One row of an order's history: a move, or an answer that was not allowed to move anything
/// (<see cref="IsIgnored"/>) — kept, because a late "failed" after a success is exactly what an operator must see.
/// </summary>
public sealed class PayoutStateChange : Entity<Guid>, IMultiTenant
{
    private PayoutStateChange()
    {
    }

    internal PayoutStateChange(Guid id, Guid tenantId, Guid orderId, Guid? attemptId, PayoutState from, PayoutState to, bool isIgnored, string reason, string actor, DateTime time)
    {
        Id = id;
        TenantId = tenantId;
        OrderId = orderId;
        AttemptId = attemptId;
        From = from;
        To = to;
        IsIgnored = isIgnored;
        Reason = PayoutText.Limit(reason, PayoutConsts.MaxReasonLength)!;
        Actor = PayoutText.Limit(actor, PayoutConsts.MaxActorLength)!;
        Time = time;
    }

    public Guid? TenantId { get; private set; }

    public Guid OrderId { get; private set; }

    public Guid? AttemptId { get; private set; }

    public PayoutState From { get; private set; }

    /// <summary>The state moved to, or for an ignored answer the state the answer asked for.</summary>
    public PayoutState To { get; private set; }

    public bool IsIgnored { get; private set; }

    public string Reason { get; private set; } = null!;

    /// <summary>A user name, or the job or channel that acted ("job:submission", "channel:alipay").</summary>
    public string Actor { get; private set; } = null!;

    public DateTime Time { get; private set; }
}
