using AggregatedPayments.Payouts;

namespace AggregatedPayments.Notifications;

/// <summary>
/// Writes a payout's event to the outbox when its order reaches a final state — Succeeded, Failed,
/// Cancelled — and again when a paid order is Returned, inside the transaction of that move.
/// </summary>
public sealed class PayoutNotificationWriter(PayoutNotificationBodyFactory bodies, MerchantNotificationManager notifications, TimeProvider clock)
    : IPayoutStateObserver
{
    public async Task OnMovedAsync(PayoutStateMove move, CancellationToken cancellationToken)
    {
        if (EventTypeOf(move.Order.Kind, move.To) is not { } eventType)
        {
            return;
        }

        // Version 7: ids that grow with time keep inserts at the end of MySQL's clustered index.
        var eventId = Guid.CreateVersion7(clock.GetUtcNow());
        var body = await bodies.CreateAsync(eventId, eventType, move, cancellationToken);
        await notifications.WriteAsync(
            new MerchantNotificationDraft(eventId, move.Order.TenantId!.Value, move.Order.Id, eventType, move.Version, body),
            cancellationToken);
    }

    // A withdrawal tells the same story under its own name, so a merchant's endpoint need not read the body to tell them apart.
    private static string? EventTypeOf(PayoutKind kind, PayoutState state) => (kind == PayoutKind.Withdrawal, state) switch
    {
        (false, PayoutState.Succeeded) => MerchantNotificationEventTypes.PayoutSucceeded,
        (false, PayoutState.Failed) => MerchantNotificationEventTypes.PayoutFailed,
        (false, PayoutState.Cancelled) => MerchantNotificationEventTypes.PayoutCancelled,
        (false, PayoutState.Returned) => MerchantNotificationEventTypes.PayoutReturned,
        (true, PayoutState.Succeeded) => MerchantNotificationEventTypes.WithdrawalSucceeded,
        (true, PayoutState.Failed) => MerchantNotificationEventTypes.WithdrawalFailed,
        (true, PayoutState.Cancelled) => MerchantNotificationEventTypes.WithdrawalCancelled,
        (true, PayoutState.Returned) => MerchantNotificationEventTypes.WithdrawalReturned,
        _ => null
    };
}
