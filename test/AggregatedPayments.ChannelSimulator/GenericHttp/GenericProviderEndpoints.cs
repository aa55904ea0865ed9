namespace AggregatedPayments.ChannelSimulator.GenericHttp;

public static class GenericProviderEndpoints
{
    public static IServiceCollection AddGenericProvider(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<GenericSimulatorOptions>(configuration.GetSection(GenericSimulatorOptions.Section));
        services.AddSingleton<GenericLedger>();
        services.AddSingleton<GenericStatementDrift>();
        services.AddSingleton<GenericPayouts>();
        services.AddSingleton<GenericStatements>();
        services.AddSingleton<GenericProvider>();
        return services;
    }

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

    /// <summary>
    /// Joins the simulator-wide <c>POST /_sim/reset</c> without owning it: once that endpoint has
    /// answered, the generic books and statement drift are reset too.
    /// </summary>
    public static IApplicationBuilder UseGenericReset(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next(context);
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.Path.Equals("/_sim/reset", StringComparison.OrdinalIgnoreCase)
            && context.Response.StatusCode is >= 200 and < 300)
        {
            context.RequestServices.GetRequiredService<GenericLedger>().Reset();
            context.RequestServices.GetRequiredService<GenericStatementDrift>().Clear();
        }
    });
}
