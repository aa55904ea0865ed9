using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace AggregatedPayments.Merchants;

/// <summary>Makes every request arrive from one address, as from a load balancer in front of the host.</summary>
public sealed class ForwardingProxyStartupFilter : IStartupFilter
{
    public static readonly IPAddress ProxyAddress = IPAddress.Parse("10.9.9.9");

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = ProxyAddress;
            return nextMiddleware(context);
        });
        next(app);
    };
}
