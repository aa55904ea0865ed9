namespace AggregatedPayments.ChannelSimulator.GenericHttp;

public static class GenericProviderEndpoints
{
    public static IEndpointRouteBuilder MapGenericProvider(this IEndpointRouteBuilder endpoints)
    {
        foreach (var path in new[] { GenericProtocol.PayoutPath, GenericProtocol.QueryPath, GenericProtocol.BalancePath, GenericProtocol.StatementPath })
        {
            endpoints.MapPost(path, (HttpContext context, GenericProvider provider) => provider.HandleAsync(context));
        }

        endpoints.MapPost("/_sim/generic/settle", (GenericSettleRequest request, GenericLedger ledger, GenericPayouts payouts) =>
        {
            if (ledger.Find(request.Merchant) is not { } account)
            {
                return Results.NotFound(new { error = "No such merchant." });
            }

            return payouts.Settle(account, request.Key, request.Outcome) is { } problem
                ? Results.Conflict(new { error = problem })
                : Results.NoContent();
        });
        endpoints.MapPost("/_sim/generic/statement-drift", (GenericDriftSettings settings, GenericStatementDrift drift) =>
        {
            drift.Set(settings);
            return Results.Ok(settings);
        });
        return endpoints;
    }
}
