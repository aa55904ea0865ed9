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
        if (EventTypeOf(move.To) is not { } eventType)
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

    private static string? EventTypeOf(PayoutState state) => state switch
    {
        PayoutState.Succeeded => MerchantNotificationEventTypes.PayoutSucceeded,
        PayoutState.Failed => MerchantNotificationEventTypes.PayoutFailed,
        PayoutState.Cancelled => MerchantNotificationEventTypes.PayoutCancelled,
        PayoutState.Returned => MerchantNotificationEventTypes.PayoutReturned,
        _ => null
    };
}
