using AggregatedPayments.Dtos;
using AggregatedPayments.Http;

namespace AggregatedPayments.Payouts;

public sealed class PayoutClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IPayoutAppService
{
    private const string Path = "api/payouts";

    public Task<PayoutCreationDto> CreateAsync(CreatePayoutDto input, CancellationToken cancellationToken = default) =>
        PostAsync<PayoutCreationDto>(Path, input, cancellationToken);

    public Task<PayoutCreationDto> CreateAggregatedAsync(CreateAggregatedPayoutDto input, CancellationToken cancellationToken = default) =>
        PostAsync<PayoutCreationDto>($"{Path}/aggregated", input, cancellationToken);

    public Task<PagedResultDto<PayoutOrderDto>> GetListAsync(GetPayoutListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return GetAsync<PagedResultDto<PayoutOrderDto>>(WithQuery(Path,
            (nameof(input.State), input.State),
            (nameof(input.MerchantReference), input.MerchantReference),
            (nameof(input.CreatedFrom), input.CreatedFrom),
            (nameof(input.CreatedTo), input.CreatedTo),
            (nameof(input.NeedsManualReview), input.NeedsManualReview),
            (nameof(input.AwaitingApproval), input.AwaitingApproval),
            (nameof(input.MerchantChannelId), input.MerchantChannelId),
            (nameof(input.Cursor), input.Cursor),
            (nameof(input.MaxResultCount), input.MaxResultCount)), cancellationToken);
    }

    public Task<PayoutOrderDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<PayoutOrderDetailDto>($"{Path}/{id}", cancellationToken);

    public Task<PayoutOrderDetailDto> QueryNowAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<PayoutOrderDetailDto>($"{Path}/{id}/query-now", null, cancellationToken);

    public Task<PayoutOrderDetailDto> CancelAsync(Guid id, CancelPayoutDto input, CancellationToken cancellationToken = default) =>
        PostAsync<PayoutOrderDetailDto>($"{Path}/{id}/cancel", input, cancellationToken);

    public Task<PayoutOrderDetailDto> CorrectAsync(Guid id, CorrectPayoutDto input, CancellationToken cancellationToken = default) =>
        PostAsync<PayoutOrderDetailDto>($"{Path}/{id}/correct", input, cancellationToken);

    public Task<PayoutOrderDetailDto> ReinitiateAsync(Guid id, ReinitiatePayoutDto input, CancellationToken cancellationToken = default) =>
        PostAsync<PayoutOrderDetailDto>($"{Path}/{id}/reinitiate", input, cancellationToken);

    public Task<PayoutOrderDetailDto> ResolveReviewAsync(Guid id, ResolvePayoutReviewDto input, CancellationToken cancellationToken = default) =>
        PostAsync<PayoutOrderDetailDto>($"{Path}/{id}/resolve-review", input, cancellationToken);
}
