namespace AggregatedPayments.ApplicationConfiguration;

public interface IApplicationConfigurationAppService
{
    Task<ApplicationConfigurationDto> GetAsync(CancellationToken cancellationToken = default);
}
