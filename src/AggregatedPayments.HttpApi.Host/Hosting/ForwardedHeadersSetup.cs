using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace AggregatedPayments.Hosting;

public static class ForwardedHeadersSetup
{
    /// <summary>
    /// X-Forwarded-For/-Proto are honoured only from the proxies listed in Hosting:TrustedProxies
    /// (addresses or CIDR ranges); with none listed they are ignored, so a client cannot forge its IP.
    /// </summary>
    public static IServiceCollection AddTrustedForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var trusted = configuration.GetSection("Hosting:TrustedProxies").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var entry in trusted)
            {
                if (entry.Contains('/'))
                {
                    options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
                }
                else
                {
                    options.KnownProxies.Add(IPAddress.Parse(entry));
                }
            }
        });
        return services;
    }
}
