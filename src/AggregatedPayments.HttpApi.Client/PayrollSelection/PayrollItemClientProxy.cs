using AggregatedPayments.Dtos;
using AggregatedPayments.Http;

namespace AggregatedPayments.Payroll;

public sealed class PayrollItemClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IPayrollItemAppService
{
    private const string Path = "api/payroll/items";

    public Task<PagedResultDto<PayrollItemDto>> GetListAsync(GetPayrollItemListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return GetAsync<PagedResultDto<PayrollItemDto>>(WithQuery(Path,
            (nameof(input.Source), input.Source),
            (nameof(input.IntakeId), input.IntakeId),
            (nameof(input.CreatedFrom), input.CreatedFrom),
            (nameof(input.CreatedTo), input.CreatedTo),
            (nameof(input.AmountMin), input.AmountMin),
            (nameof(input.AmountMax), input.AmountMax),
            (nameof(input.BankCode), input.BankCode),
            (nameof(input.Status), input.Status),
            (nameof(input.IsValid), input.IsValid),
            (nameof(input.Reference), input.Reference),
            (nameof(input.PayeeName), input.PayeeName),
            (nameof(input.Cursor), input.Cursor),
            (nameof(input.MaxResultCount), input.MaxResultCount)), cancellationToken);
    }

    public Task<PayrollItemDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<PayrollItemDto>($"{Path}/{id}", cancellationToken);

    public Task<PayrollDiscardResultDto> DiscardAsync(DiscardPayrollItemsDto input, CancellationToken cancellationToken = default) =>
        PostAsync<PayrollDiscardResultDto>($"{Path}/discard", input, cancellationToken);
}
