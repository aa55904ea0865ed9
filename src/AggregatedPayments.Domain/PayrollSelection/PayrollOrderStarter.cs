using AggregatedPayments.Exceptions;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Payroll;

/// <summary>
/// The one place payroll starts an order: every order a submission makes passes here, so a rule that must
/// hold some back (approval above a threshold) has one method to decide in. A start runs inside the chunk's
/// transaction behind a savepoint: a refusal for a definite reason — Available short, no eligible channel, the
/// named channel gone — undoes only this order's start, which then waits in PendingSubmission, re-initiable
/// through the payouts API. A lost race is not a refusal: it fails the chunk, which is written again.
/// </summary>
public sealed class PayrollOrderStarter(IPayoutSubmitter submitter, IPayrollSelectionStore store)
{
    public async Task<PayrollStartOutcome> StartAsync(PayoutOrder order, Guid? merchantChannelId, string actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);

        // Only a first attempt: an order that has one (a repeat found it) is already on its way, or a clerk's to re-initiate.
        if (order is not { State: PayoutState.PendingSubmission, Attempts.Count: 0 })
        {
            return PayrollStartOutcome.Started;
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
