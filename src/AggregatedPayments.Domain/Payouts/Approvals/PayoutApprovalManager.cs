using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Decides approvals and voids them, in the caller's transaction. Approving starts the order's attempt in
/// that same transaction, so an approval is either recorded with its attempt (hold and send job) or not at all.
/// </summary>
public sealed class PayoutApprovalManager(
    IRepository<PayoutApproval> approvals,
    IAsyncQueryExecuter executer,
    IPayoutOrderStore orders,
    PayoutTransitionManager transitions,
    IPayoutSubmitter submitter,
    TimeProvider clock)
{
    /// <summary>
    /// Approves <paramref name="approval"/> (tracked) and starts the order on the merchant channel the maker
    /// named. Null when done; otherwise the refusal (<see cref="PayoutApprovalsErrorCodes.ContentChanged"/>,
    /// <see cref="PayoutApprovalsErrorCodes.OrderNotAwaiting"/>) after voiding the approval: commit, then report it.
    /// </summary>
    public async Task<string?> ApproveAsync(PayoutApproval approval, Guid? userId, string? userName, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approval);
        approval.EnsureDecidableBy(userId, userName);
        var order = await LoadOrderAsync(approval, cancellationToken);
        var utcNow = Now();
        if (!order.AwaitingApproval)
        {
            approval.Void("The payout no longer awaited approval when it was approved", userName!, utcNow);
            return PayoutApprovalsErrorCodes.OrderNotAwaiting;
        }

        if (PayoutApprovalContent.Hash(order) != approval.ContentHash)
        {
            // Not a silent re-ask: the maker re-initiates, and the new content gets its own approval.
            approval.Void("The payout's content changed after approval was asked for", userName!, utcNow);
            await orders.ApplyOrThrowAsync(order.ReleaseApproval("Approval void: the content changed after it was asked for", userName!, utcNow), cancellationToken);
            return PayoutApprovalsErrorCodes.ContentChanged;
        }

        approval.Approve(userId!.Value, userName!, reason, utcNow);
        await orders.ApplyOrThrowAsync(order.ReleaseApproval($"Approved by {userName}: {approval.DecisionReason}", userName!, utcNow), cancellationToken);
        await submitter.StartAsync(order, approval.MerchantChannelId, userName!, cancellationToken);
        return null;
    }

    /// <summary>
    /// Rejects <paramref name="approval"/> (tracked). A new order is cancelled (nothing was held); a held
    /// re-initiation of a failed or returned order just stops waiting and stays as it was.
    /// </summary>
    public async Task RejectAsync(PayoutApproval approval, Guid? userId, string? userName, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approval);
        approval.EnsureDecidableBy(userId, userName);
        var order = await LoadOrderAsync(approval, cancellationToken);
        approval.Reject(userId!.Value, userName!, reason, Now());
        if (!order.AwaitingApproval)
        {
            return;
        }

        var because = $"Rejected by {userName}: {approval.DecisionReason}";
        if (order.State == PayoutState.PendingSubmission)
        {
            await transitions.CancelAsync(order, because, userName!, cancellationToken);
            return;
        }

        await orders.ApplyOrThrowAsync(order.ReleaseApproval(because, userName!, Now()), cancellationToken);
    }

    /// <summary>
    /// Voids the order's pending and approved approvals (tracked: the caller's save persists them), for a
    /// correction or a cancellation: what they bound to is gone, so a re-initiation asks again.
    /// </summary>
    public async Task VoidOpenAsync(Guid orderId, string reason, string actor, CancellationToken cancellationToken)
    {
        var open = await executer.ToListAsync(
            approvals.Query().Where(a => a.OrderId == orderId && (a.Status == PayoutApprovalStatus.Pending || a.Status == PayoutApprovalStatus.Approved)),
            cancellationToken);
        var utcNow = Now();
        foreach (var approval in open)
        {
            approval.Void(reason, actor, utcNow);
        }
    }

    private async Task<PayoutOrder> LoadOrderAsync(PayoutApproval approval, CancellationToken cancellationToken) =>
        await orders.FindAsync(approval.OrderId, cancellationToken) ?? throw new EntityNotFoundException(nameof(PayoutOrder), approval.OrderId);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
