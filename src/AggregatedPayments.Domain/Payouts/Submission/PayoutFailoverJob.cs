using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Ledger;
using AggregatedPayments.Routing;
using Microsoft.Extensions.Logging;

namespace AggregatedPayments.Payouts;

/// <summary>
/// The one automatic failover of a routed payout after a definite Failed: a new attempt (new key) on
/// another eligible merchant channel, chosen by routing without the ones that failed. When none is
/// eligible or the money is not there, the order simply stays Failed for a clerk to re-initiate.
/// </summary>
public sealed class PayoutFailoverJob(
    IPayoutOrderStore store,
    PayoutSubmitter submitter,
    IUnitOfWork unitOfWork,
    ILogger<PayoutFailoverJob> logger) : IBackgroundJob<PayoutFailoverJobArgs>
{
    public async Task ExecuteAsync(PayoutFailoverJobArgs args, CancellationToken cancellationToken)
    {
        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        var order = await store.FindAsync(args.OrderId, cancellationToken);
        if (order is not { State: PayoutState.Failed, AwaitingApproval: false } || order.CurrentAttemptId != args.FailedAttemptId
            || order.CurrentAttempt is not { Routing: PayoutRouting.Routed })
        {
            // Re-initiated (or waiting for its approval), cancelled or already failed over meanwhile, or not a routed attempt: nothing to do.
            return;
        }

        try
        {
            await submitter.StartAsync(order, null, PayoutRouting.Failover, PayoutSubmissionActors.Failover, cancellationToken);
        }
        catch (BusinessException refused) when (refused.Code is RoutingErrorCodes.NoEligibleChannel or LedgerErrorCodes.InsufficientAvailable)
        {
            // Rolled back with the transaction; the order stays Failed, as it would without failover.
            logger.LogInformation("Payout {OrderId} not failed over: {Code}", args.OrderId, refused.Code);
            return;
        }

        await unitOfWork.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
