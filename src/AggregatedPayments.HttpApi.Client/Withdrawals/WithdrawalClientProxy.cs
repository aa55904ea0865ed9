using AggregatedPayments.Dtos;
using AggregatedPayments.Http;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Withdrawals;

public sealed class WithdrawalClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IWithdrawalAppService
{
    private const string Path = "api/withdrawals";

    public Task<PayoutCreationDto> CreateAsync(CreateWithdrawalDto input, CancellationToken cancellationToken = default) =>
        PostAsync<PayoutCreationDto>(Path, input, cancellationToken);

    public Task<PagedResultDto<PayoutOrderDto>> GetListAsync(GetWithdrawalListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return GetAsync<PagedResultDto<PayoutOrderDto>>(WithQuery(Path,
            (nameof(input.State), input.State),
            (nameof(input.Cursor), input.Cursor),
            (nameof(input.MaxResultCount), input.MaxResultCount)), cancellationToken);
    }

    public Task<PayoutOrderDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<PayoutOrderDetailDto>($"{Path}/{id}", cancellationToken);
}
