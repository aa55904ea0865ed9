using AggregatedPayments.ChannelSimulator.Faults;
using AggregatedPayments.ChannelSimulator.Payouts;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.ChannelSimulator.Admin;

/// <summary>The test-facing admin API under <c>/_sim</c>: fault knobs, the payout log, reset.</summary>
public static class SimulatorAdminEndpoints
{
    public static IEndpointRouteBuilder MapSimulatorAdmin(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/_sim/faults", (FaultSettings settings, FaultKnobs knobs) =>
        {
            if (FaultKnobs.Validate(settings) is { } problem)
            {
                return Results.BadRequest(new { error = problem });
            }

            knobs.Set(settings);
            return Results.Ok(settings);
        });
        endpoints.MapGet("/_sim/faults", (FaultKnobs knobs) => Results.Ok(knobs.All()));
        endpoints.MapGet("/_sim/payouts", (PayoutLog log) => Results.Ok(log.Snapshot()));
        endpoints.MapPost("/_sim/reset", ([FromServices] IEnumerable<ISimulatorState> states) =>
        {
            foreach (var state in states)
            {
                state.Reset();
            }

            return Results.NoContent();
        });
        return endpoints;
    }
}
