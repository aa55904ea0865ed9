using AggregatedPayments.Dtos;
using AggregatedPayments.Http;

namespace AggregatedPayments.Payroll;

public sealed class PayrollSubmissionClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IPayrollSubmissionAppService
{
    private const string Path = "api/payroll/submissions";

    public Task<PayrollSubmissionPreviewDto> PreviewAsync(CreatePayrollSubmissionDto input, CancellationToken cancellationToken = default) =>
        PostAsync<PayrollSubmissionPreviewDto>($"{Path}/preview", input, cancellationToken);

    public Task<PayrollSubmissionDto> CreateAsync(CreatePayrollSubmissionDto input, CancellationToken cancellationToken = default) =>
        PostAsync<PayrollSubmissionDto>(Path, input, cancellationToken);

    public Task<PagedResultDto<PayrollSubmissionDto>> GetListAsync(GetPayrollSubmissionListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return GetAsync<PagedResultDto<PayrollSubmissionDto>>(WithQuery(Path,
            (nameof(input.Status), input.Status),
            (nameof(input.Cursor), input.Cursor),
            (nameof(input.MaxResultCount), input.MaxResultCount)), cancellationToken);
    }

    public Task<PayrollSubmissionDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<PayrollSubmissionDto>($"{Path}/{id}", cancellationToken);
}
