using AggregatedPayments.Dtos;
using AggregatedPayments.Http;

namespace AggregatedPayments.Payroll;

public sealed class PayrollIntakeClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IPayrollIntakeAppService
{
    private const string Path = "api/payroll";

    public Task<PayrollIntakeResultDto> CreateItemsAsync(CreatePayrollItemsDto input, CancellationToken cancellationToken = default) =>
        PostAsync<PayrollIntakeResultDto>($"{Path}/items", input, cancellationToken);

    public Task<PagedResultDto<PayrollIntakeDto>> GetListAsync(GetPayrollIntakeListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return GetAsync<PagedResultDto<PayrollIntakeDto>>(WithQuery($"{Path}/intakes",
            (nameof(input.Source), input.Source),
            (nameof(input.Status), input.Status),
            (nameof(input.DataSourceId), input.DataSourceId),
            (nameof(input.Cursor), input.Cursor),
            (nameof(input.MaxResultCount), input.MaxResultCount)), cancellationToken);
    }

    public Task<PayrollIntakeDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<PayrollIntakeDto>($"{Path}/intakes/{id}", cancellationToken);

    public Task<PagedResultDto<PayrollIntakeErrorDto>> GetErrorsAsync(Guid id, GetPayrollIntakeErrorListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return GetAsync<PagedResultDto<PayrollIntakeErrorDto>>(WithQuery($"{Path}/intakes/{id}/errors",
            (nameof(input.AfterLine), input.AfterLine),
            (nameof(input.MaxResultCount), input.MaxResultCount)), cancellationToken);
    }

    public Task<PayrollIntakeDto> CancelAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<PayrollIntakeDto>($"{Path}/intakes/{id}/cancel", null, cancellationToken);
}
