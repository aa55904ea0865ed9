namespace AggregatedPayments.ChannelSimulator.Clock;

public static class ClockEndpoints
{
    public static IEndpointRouteBuilder MapSimulatorClock(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/_sim/clock", (SimulatorClock clock) => Results.Ok(new { utcNow = clock.GetUtcNow(), offsetSeconds = clock.Offset.TotalSeconds }));
        endpoints.MapPost("/_sim/clock/advance", (ClockAdvance advance, SimulatorClock clock) =>
        {
            if (advance.Seconds < 0)
            {
                return Results.BadRequest(new { error = "The clock only moves forward." });
            }

            clock.Advance(TimeSpan.FromSeconds(advance.Seconds));
            return Results.Ok(new { utcNow = clock.GetUtcNow() });
        });
        return endpoints;
    }
}
