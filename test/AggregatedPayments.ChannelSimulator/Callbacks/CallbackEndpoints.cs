namespace AggregatedPayments.ChannelSimulator.Callbacks;

/// <summary>The test-facing callback API under <c>/_sim/callbacks</c>.</summary>
public static class CallbackEndpoints
{
    public static IEndpointRouteBuilder MapSimulatorCallbacks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/_sim/callbacks/settings", (CallbackSettings settings, CallbackOutbox outbox) =>
        {
            if (CallbackOutbox.Validate(settings) is { } problem)
            {
                return Results.BadRequest(new { error = problem });
            }

            outbox.Set(settings);
            return Results.Ok(settings);
        });
        endpoints.MapGet("/_sim/callbacks/settings", (CallbackOutbox outbox) => Results.Ok(outbox.AllSettings()));
        endpoints.MapGet("/_sim/callbacks", (bool? peek, CallbackOutbox outbox) =>
            Results.Ok((peek == true ? outbox.PeekDue() : outbox.TakeDue()).Select(CallbackView.Of)));
        endpoints.MapPost("/_sim/callbacks/deliver", async (CallbackDelivery delivery, CancellationToken cancellationToken) =>
            Results.Ok(await delivery.DeliverDueAsync(cancellationToken)));
        return endpoints;
    }
}
