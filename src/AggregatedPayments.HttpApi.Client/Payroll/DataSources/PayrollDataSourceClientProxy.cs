using AggregatedPayments.Dtos;
using AggregatedPayments.Http;

namespace AggregatedPayments.Payroll.DataSources;

public sealed class PayrollDataSourceClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IPayrollDataSourceAppService
{
    private const string Path = "api/payroll/data-sources";

    public Task<PagedResultDto<PayrollDataSourceDto>> GetListAsync(GetPayrollDataSourceListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return GetAsync<PagedResultDto<PayrollDataSourceDto>>(WithQuery(Path,
            (nameof(input.Filter), input.Filter),
            (nameof(input.Kind), input.Kind),
            (nameof(input.IsEnabled), input.IsEnabled),
            (nameof(input.SkipCount), input.SkipCount),
            (nameof(input.MaxResultCount), input.MaxResultCount)), cancellationToken);
    }

    public Task<PayrollDataSourceDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<PayrollDataSourceDto>($"{Path}/{id}", cancellationToken);

    public Task<PayrollDataSourceDto> CreateAsync(CreatePayrollDataSourceDto input, CancellationToken cancellationToken = default) =>
        PostAsync<PayrollDataSourceDto>(Path, input, cancellationToken);

    public Task<PayrollDataSourceDto> UpdateAsync(Guid id, UpdatePayrollDataSourceDto input, CancellationToken cancellationToken = default) =>
        PutAsync<PayrollDataSourceDto>($"{Path}/{id}", input, cancellationToken);

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        DeleteAsync($"{Path}/{id}", cancellationToken);

    public Task<PayrollDataSourceTestResultDto> TestAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<PayrollDataSourceTestResultDto>($"{Path}/{id}/test", null, cancellationToken);

    public Task<PayrollIntakeDto> PullAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<PayrollIntakeDto>($"{Path}/{id}/pull", null, cancellationToken);
}
