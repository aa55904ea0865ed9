using AggregatedPayments.Http;

namespace AggregatedPayments.ApplicationConfiguration;

public sealed class ApplicationConfigurationClientProxy(HttpClient httpClient)
    : ClientProxyBase(httpClient), IApplicationConfigurationAppService
{
    public Task<ApplicationConfigurationDto> GetAsync(CancellationToken cancellationToken = default) =>
        GetAsync<ApplicationConfigurationDto>("api/abp/application-configuration", cancellationToken);
}
