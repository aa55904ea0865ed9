using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.OutboundCalls;

public static class OutboundCallsDomainServiceCollectionExtensions
{
    /// <summary>
    /// The outbound-call guard: <see cref="IOutboundHttpClientFactory"/> for calls, <see cref="OutboundAddressValidator"/>
    /// for addresses being saved, <see cref="OutboundAddressGuard"/> for other connections; options from the
    /// "OutboundCalls" section, checked at start. Calling it twice registers nothing twice.
    /// </summary>
    public static IServiceCollection AddOutboundCallsDomain(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(IOutboundHttpClientFactory)))
        {
            return services;
        }

        services.AddOptions<OutboundCallOptions>().BindConfiguration(OutboundCallOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutboundCallOptions>, OutboundCallOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IOutboundDnsResolver, SystemOutboundDnsResolver>();
        services.AddSingleton(sp => OutboundAddressPolicy.Create(sp.GetRequiredService<IOptions<OutboundCallOptions>>().Value.AllowedTargets));
        services.AddSingleton<OutboundAddressGuard>();
        services.AddSingleton<OutboundAddressValidator>();
        services.AddSingleton<IOutboundHttpClientFactory, OutboundHttpClientFactory>();
        return services;
    }
}
