using AggregatedPayments.Data;
using AggregatedPayments.Merchants.Policies;
using AggregatedPayments.Routing;

namespace AggregatedPayments.Payouts;

/// <summary>
/// The one check every path makes before a new round of an order starts (API creation, re-initiation, payroll
/// submission): above the merchant's single approval threshold, or when the merchant's day total in the
/// currency with this order passes the daily one (so that splitting does not get around it), the order is
/// flagged <see cref="PayoutOrder.AwaitingApproval"/> and a <see cref="PayoutApproval"/> is opened instead.
/// <para>
/// Call it inside the transaction that would start the attempt, before any other read in that transaction,
/// then start the attempt (<see cref="IPayoutSubmitter.StartAsync"/>) only when it answers false. The gate
/// first locks the merchant's row, so two orders checked at once are decided one after the other and the
/// second one's sum sees the first (its start or its flag commits before the lock is released). On MariaDB
/// (REPEATABLE READ) a transaction reads from a snapshot taken at its first read: reading before the lock
/// would freeze a snapshot from before the other decision, hence "before any other read".
/// </para>
/// </summary>
public sealed class PayoutApprovalGate(
    IPayoutApprovalStore store,
    IPayoutOrderStore orders,
    IMerchantPayoutPolicyReader policies,
    MerchantTimeZone merchantTimeZone,
    IRepository<PayoutApproval> approvals,
    IAsyncQueryExecuter executer,
    TimeProvider clock)
{
    /// <summary>
    /// Takes the merchant's lock now, for a transaction that will pass many orders through the gate and reads
    /// before the first of them (a payroll chunk): call it first in that transaction. Each order's check takes it again,
    /// which the transaction already holds, so it waits on nothing.
    /// </summary>
    public Task LockMerchantAsync(Guid merchantId, CancellationToken cancellationToken) => store.LockMerchantAsync(merchantId, cancellationToken);

    /// <summary>As below, for a path that names no merchant channel (routing chooses when approved).</summary>
    public Task<bool> HoldForApprovalIfNeededAsync(PayoutOrder order, string creatorActor, Guid? creatorUserId, CancellationToken cancellationToken) =>
        HoldForApprovalIfNeededAsync(order, null, creatorActor, creatorUserId, cancellationToken);

    /// <summary>
    /// True when the order must wait (it is now flagged and its approval open; already waiting counts too):
    /// do not start it. False when it may start now: under both thresholds, no thresholds set, or an approval
    /// of exactly this content was given before (a re-initiation of an approved, uncorrected order).
    /// </summary>
    /// <param name="merchantChannelId">The merchant channel the maker named, kept so that the approved attempt starts on it.</param>
    /// <param name="creatorActor">The maker's name, as history rows name actors.</param>
    /// <param name="creatorUserId">The maker's user id: the one user who may not approve it.</param>
    public async Task<bool> HoldForApprovalIfNeededAsync(
        PayoutOrder order, Guid? merchantChannelId, string creatorActor, Guid? creatorUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentException.ThrowIfNullOrWhiteSpace(creatorActor);
        if (order.AwaitingApproval)
        {
            return true;
        }

        var merchantId = order.TenantId ?? throw new InvalidOperationException("A payout belongs to a merchant.");
        if (!await store.LockMerchantAsync(merchantId, cancellationToken))
        {
            // No merchant row, so no policy and no thresholds: nothing to hold, nothing to serialise.
            return false;
        }

        var limit = (await policies.GetAsync(merchantId, cancellationToken)).LimitFor(order.Currency);
        if (limit is null || (limit.ApprovalSingleMinor is null && limit.ApprovalDailyMinor is null))
        {
            return false;
        }

        var contentHash = PayoutApprovalContent.Hash(order);
        var approvedBefore = approvals.QueryNoTracking()
            .Where(a => a.OrderId == order.Id && a.Status == PayoutApprovalStatus.Approved && a.ContentHash == contentHash);
        if (await executer.AnyAsync(approvedBefore, cancellationToken))
        {
            return false;
        }

        if (await PassedThresholdAsync(order, limit, cancellationToken) is not { } threshold)
        {
            return false;
        }

        var utcNow = clock.GetUtcNow().UtcDateTime;
        await orders.ApplyOrThrowAsync(order.HoldForApproval(threshold.Describe(order.AmountMinor, order.Currency), creatorActor, utcNow), cancellationToken);
        await approvals.InsertAsync(new PayoutApproval(Guid.NewGuid(), order, contentHash, threshold, merchantChannelId, creatorActor, creatorUserId), cancellationToken);
        return true;
    }

    private async Task<PayoutApprovalThreshold?> PassedThresholdAsync(PayoutOrder order, MerchantCurrencyLimit limit, CancellationToken cancellationToken)
    {
        if (limit.ApprovalSingleMinor is { } single && order.AmountMinor > single)
        {
            return new PayoutApprovalThreshold(PayoutApprovalCause.AboveSingleThreshold, single, null);
        }

        if (limit.ApprovalDailyMinor is not { } daily)
        {
            return null;
        }

        var (startUtc, endUtc) = MerchantDay.Containing(clock.GetUtcNow().UtcDateTime, await merchantTimeZone.GetAsync(cancellationToken));
        var dayTotal = await store.SumTowardDailyThresholdAsync(order.Currency, startUtc, endUtc, order.Id, cancellationToken);
        return dayTotal + order.AmountMinor > daily
            ? new PayoutApprovalThreshold(PayoutApprovalCause.AboveDailyThreshold, daily, dayTotal)
            : null;
    }
}
