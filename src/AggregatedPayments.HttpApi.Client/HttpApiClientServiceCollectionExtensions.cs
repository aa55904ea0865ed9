using AggregatedPayments.Account;
using AggregatedPayments.ApplicationConfiguration;
using AggregatedPayments.Channels;
using AggregatedPayments.AuditLogging;
using AggregatedPayments.Dictionaries;
using AggregatedPayments.Identity;
using AggregatedPayments.Interception;
using AggregatedPayments.Menus;
using AggregatedPayments.Merchants;
using AggregatedPayments.Permissions;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments;

public static class HttpApiClientServiceCollectionExtensions
{
    public const string HttpClientName = "AggregatedPayments";

    /// <summary>
    /// Registers every client proxy behind its I…AppService over one named HttpClient; configure
    /// that client (base address, a handler that adds the bearer token) with the returned builder.
    /// </summary>
    public static IHttpClientBuilder AddAggregatedPaymentsClientProxies(this IServiceCollection services, Uri baseAddress)
    {
        var builder = services.AddHttpClient(HttpClientName, client => client.BaseAddress = baseAddress);
        Add<IAccountAppService>(services, http => new AccountClientProxy(http));
        Add<IMerchantAppService>(services, http => new MerchantClientProxy(http));
        Add<IMyMerchantAppService>(services, http => new MyMerchantClientProxy(http));
        Add<IUserAppService>(services, http => new UserClientProxy(http));
        Add<IRoleAppService>(services, http => new RoleClientProxy(http));
        Add<IPermissionAppService>(services, http => new PermissionClientProxy(http));
        Add<IMenuAppService>(services, http => new MenuClientProxy(http));
        Add<IApplicationConfigurationAppService>(services, http => new ApplicationConfigurationClientProxy(http));
        Add<IDictionaryAppService>(services, http => new DictionaryClientProxy(http));
        Add<IChannelAppService>(services, http => new ChannelClientProxy(http));
        Add<IMerchantChannelAppService>(services, http => new MerchantChannelClientProxy(http));
        Add<IMyChannelAppService>(services, http => new MyChannelClientProxy(http));
        Add<IErrorDictionaryAppService>(services, http => new ErrorDictionaryClientProxy(http));
        Add<IInterceptionRuleAppService>(services, http => new InterceptionRuleClientProxy(http));
        Add<IAuditLogAppService>(services, http => new AuditLogClientProxy(http));
        return builder;
    }

    private static void Add<TService>(IServiceCollection services, Func<HttpClient, TService> create)
        where TService : class =>
        services.AddTransient(sp => create(sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
}
