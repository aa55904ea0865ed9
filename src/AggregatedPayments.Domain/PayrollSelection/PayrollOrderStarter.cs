using AggregatedPayments.Exceptions;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Payroll;

/// <summary>
/// The one place payroll starts an order: every order a submission makes passes here. Above the merchant's
/// approval thresholds the order is held by <see cref="PayoutApprovalGate"/> with the submitter as its maker,
/// and starts when another user approves it. Otherwise it starts inside the chunk's transaction behind a
/// savepoint: a refusal for a definite reason — Available short, no eligible channel, the named channel gone —
/// undoes only this order's start, which then waits in PendingSubmission, re-initiable through the payouts API.
/// A lost race is not a refusal: it fails the chunk, which is written again.
/// </summary>
public sealed class PayrollOrderStarter(IPayoutSubmitter submitter, PayoutApprovalGate approvalGate, IPayrollSelectionStore store)
{
    /// <summary>
    /// Takes the approval gate's merchant lock for the chunk's transaction. Call it first in the transaction, before
    /// any read: the gate's daily sum must see every decision committed before it (MariaDB's snapshot is taken at
    /// the first read), and the chunk's own orders, decided one after the other under the lock, see each other.
    /// </summary>
    public Task EnterAsync(Guid merchantId, CancellationToken cancellationToken) => approvalGate.LockMerchantAsync(merchantId, cancellationToken);

    public async Task<PayrollStartOutcome> StartAsync(PayoutOrder order, Guid? merchantChannelId, string actor, Guid? actorUserId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);

        // Only a first attempt: an order that has one (a repeat found it) is already on its way, or a clerk's to re-initiate.
        if (order is not { State: PayoutState.PendingSubmission, Attempts.Count: 0 })
        {
            return order.AwaitingApproval ? PayrollStartOutcome.HeldForApproval : PayrollStartOutcome.Started;
        }

        if (await approvalGate.HoldForApprovalIfNeededAsync(order, merchantChannelId, actor, actorUserId, cancellationToken))
        {
            return PayrollStartOutcome.HeldForApproval;
        }

        var savepoint = await store.SavepointAsync(cancellationToken);
        try
        {
            await submitter.StartAsync(order, merchantChannelId, actor, cancellationToken);
        }
        catch (BusinessException refusal) when (refusal.Kind is ErrorKind.Business or ErrorKind.NotFound or ErrorKind.Validation)
        {
            await savepoint.RollBackAsync(order, cancellationToken);
            return new PayrollStartOutcome(refusal.Code);
        }

        await savepoint.ReleaseAsync(cancellationToken);
        return PayrollStartOutcome.Started;
    }
}
