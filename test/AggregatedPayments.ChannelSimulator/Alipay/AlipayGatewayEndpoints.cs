namespace AggregatedPayments.ChannelSimulator.Alipay;

public static class AlipayGatewayEndpoints
{
    public static IEndpointRouteBuilder MapAlipayGateway(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(AlipayGateway.Path, (HttpContext context, AlipayGateway gateway) => gateway.HandleAsync(context));
        endpoints.MapGet("/_sim/alipay-public-key", (AlipayKeys keys) => Results.Ok(new { publicKey = keys.AlipayPublicKeyBase64 }));
        return endpoints;
    }
}
