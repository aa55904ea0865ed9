using Microsoft.Extensions.Options;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>The Alipay side of the simulator that is not the gateway: bill downloads and the test-facing knobs.</summary>
public static class AlipaySimulatorEndpoints
{
    public static IEndpointRouteBuilder MapAlipaySimulator(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AlipayBills.PathPrefix + "{token}", (
            string token, AlipayBills bills, AlipayLedger ledger, AlipayStatementDrift drift, IOptions<AlipaySimulatorOptions> options, TimeProvider clock) =>
        {
            if (bills.Open(token) is not { } day)
            {
                return Results.NotFound("The bill link is unknown or has expired.");
            }

            var zip = AlipayBillFile.Build(options.Value.PayerUserId, day, ledger.Movements(), drift.Current, clock.GetUtcNow());
            return Results.File(zip, "application/zip", $"{options.Value.PayerUserId}_{day:yyyyMMdd}.csv.zip");
        });
        endpoints.MapPost("/_sim/alipay/notify-target", (AlipayNotifyTarget target, AlipayNotifyTargets targets) =>
        {
            if (string.IsNullOrEmpty(target.AppId) || !target.Target.IsAbsoluteUri)
            {
                return Results.BadRequest(new { error = "appId and an absolute target are required." });
            }

            targets.Set(target.AppId, target.Target);
            return Results.Ok(target);
        });
        endpoints.MapPost("/_sim/alipay/settle", (AlipaySettleRequest request, AlipaySettlement settlement) =>
        {
            var (transfer, problem) = settlement.Settle(request);
            return transfer is null
                ? Results.BadRequest(new { error = problem })
                : Results.Ok(new { outBizNo = transfer.OutBizNo, status = transfer.Status, errorCode = transfer.ErrorCode });
        });
        endpoints.MapPost("/_sim/alipay/statement-drift", (AlipayDriftSettings settings, AlipayStatementDrift drift) =>
        {
            if (AlipayDriftSettings.Validate(settings) is { } problem)
            {
                return Results.BadRequest(new { error = problem });
            }

            drift.Set(settings);
            return Results.Ok(settings);
        });
        return endpoints;
    }
}
