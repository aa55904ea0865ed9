using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Payouts;

internal static class PayoutOrderStoreApprovalExtensions
{
    /// <summary>An approval's move posts nothing (no attempt moves); a lost race is the usual <see cref="PayoutsErrorCodes.StateChanged"/>.</summary>
    public static async Task ApplyOrThrowAsync(this IPayoutOrderStore store, PayoutTransition transition, CancellationToken cancellationToken)
    {
        if (!await store.TryApplyAsync(transition, cancellationToken))
        {
            throw new ConflictException(PayoutsErrorCodes.StateChanged);
        }
    }
}
