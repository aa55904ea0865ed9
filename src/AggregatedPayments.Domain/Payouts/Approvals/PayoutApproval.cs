using AggregatedPayments.AuditLogging;
using AggregatedPayments.Entities;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payouts;

/// <summary>
/// A second user's decision on one order that passed the merchant's approval thresholds, bound to a hash
/// of the order's content (<see cref="PayoutApprovalContent"/>) so that what is approved is what is paid.
/// The user who asked (created or re-initiated the order) cannot decide it. Audited: each decision and
/// its reason land in the audit log of the request that made it.
/// </summary>
[Audited]
public sealed class PayoutApproval : AggregateRoot, IMultiTenant
{
    private PayoutApproval()
    {
    }

    internal PayoutApproval(Guid id, PayoutOrder order, string contentHash, PayoutApprovalThreshold threshold, Guid? merchantChannelId, string requestedBy, Guid? requestedByUserId)
        : base(id)
    {
        TenantId = order.TenantId;
        OrderId = order.Id;
        ContentHash = contentHash;
        AmountMinor = order.AmountMinor;
        Currency = order.Currency;
        Cause = threshold.Cause;
        ThresholdMinor = threshold.ThresholdMinor;
        DayTotalMinor = threshold.DayTotalMinor;
        MerchantChannelId = merchantChannelId;
        RequestedBy = PayoutText.Limit(requestedBy, PayoutApprovalConsts.MaxActorLength)!;
        RequestedByUserId = requestedByUserId;
        Status = PayoutApprovalStatus.Pending;
    }

    public Guid? TenantId { get; private set; }

    public Guid OrderId { get; private set; }

    /// <summary>Hex SHA-256 of the order's content when approval was asked for.</summary>
    public string ContentHash { get; private set; } = null!;

    public long AmountMinor { get; private set; }

    public string Currency { get; private set; } = null!;

    public PayoutApprovalCause Cause { get; private set; }

    /// <summary>The threshold that was passed, as the merchant's policy had it then.</summary>
    public long ThresholdMinor { get; private set; }

    /// <summary>For a daily cause: the day's total before this order.</summary>
    public long? DayTotalMinor { get; private set; }

    /// <summary>The merchant channel the maker named; the approved attempt starts on it (null: routing chooses).</summary>
    public Guid? MerchantChannelId { get; private set; }

    public string RequestedBy { get; private set; } = null!;

    public Guid? RequestedByUserId { get; private set; }

    public PayoutApprovalStatus Status { get; private set; }

    public string? DecidedBy { get; private set; }

    public Guid? DecidedByUserId { get; private set; }

    public string? DecisionReason { get; private set; }

    public DateTime? DecisionTime { get; private set; }

    public string? VoidedBy { get; private set; }

    public string? VoidReason { get; private set; }

    public DateTime? VoidTime { get; private set; }

    /// <summary>
    /// Maker-checker: a pending approval, decided by a signed-in person (never an API key) other than the one
    /// who asked — compared by user id, so holding the approve permission does not let a maker check itself.
    /// </summary>
    internal void EnsureDecidableBy(Guid? userId, string? userName)
    {
        if (Status != PayoutApprovalStatus.Pending)
        {
            throw new ConflictException(PayoutApprovalsErrorCodes.NotPending).WithData("status", Status);
        }

        if (userId is null || string.IsNullOrEmpty(userName) || userName.StartsWith(PayoutApprovalConsts.ApiCallerPrefix, StringComparison.Ordinal))
        {
            throw new ForbiddenException(PayoutApprovalsErrorCodes.ApproverNotAPerson);
        }

        if (userId == RequestedByUserId)
        {
            throw new ForbiddenException(PayoutApprovalsErrorCodes.ApproverIsCreator);
        }
    }

    internal void Approve(Guid userId, string userName, string reason, DateTime utcNow) =>
        Decide(PayoutApprovalStatus.Approved, userId, userName, reason, utcNow);

    internal void Reject(Guid userId, string userName, string reason, DateTime utcNow) =>
        Decide(PayoutApprovalStatus.Rejected, userId, userName, reason, utcNow);

    /// <summary>Keeps who decided, if anyone did: a voided approval still tells who approved what.</summary>
    internal void Void(string reason, string actor, DateTime utcNow)
    {
        if (Status is not (PayoutApprovalStatus.Pending or PayoutApprovalStatus.Approved))
        {
            throw new ConflictException(PayoutApprovalsErrorCodes.NotPending).WithData("status", Status);
        }

        Status = PayoutApprovalStatus.Voided;
        VoidedBy = PayoutText.Limit(actor, PayoutApprovalConsts.MaxActorLength);
        VoidReason = PayoutText.Limit(reason, PayoutApprovalConsts.MaxReasonLength);
        VoidTime = utcNow;
    }

    private void Decide(PayoutApprovalStatus status, Guid userId, string userName, string reason, DateTime utcNow)
    {
        EnsureDecidableBy(userId, userName);
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > PayoutApprovalConsts.MaxReasonLength)
        {
            throw new BusinessException(PayoutApprovalsErrorCodes.ReasonRequired).WithData("max", PayoutApprovalConsts.MaxReasonLength);
        }

        Status = status;
        DecidedBy = PayoutText.Limit(userName, PayoutApprovalConsts.MaxActorLength);
        DecidedByUserId = userId;
        DecisionReason = reason.Trim();
        DecisionTime = utcNow;
    }
}
