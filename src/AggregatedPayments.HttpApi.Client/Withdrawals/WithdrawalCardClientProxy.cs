using AggregatedPayments.Dtos;
using AggregatedPayments.Http;

namespace AggregatedPayments.Withdrawals;

public sealed class WithdrawalCardClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IWithdrawalCardAppService
{
    private const string Path = "api/withdrawal-cards";

    public Task<PagedResultDto<WithdrawalCardDto>> GetListAsync(GetWithdrawalCardListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return GetAsync<PagedResultDto<WithdrawalCardDto>>(WithQuery(Path,
            (nameof(input.MerchantChannelId), input.MerchantChannelId),
            (nameof(input.Status), input.Status),
            (nameof(input.SkipCount), input.SkipCount),
            (nameof(input.MaxResultCount), input.MaxResultCount)), cancellationToken);
    }

    public Task<WithdrawalCardDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<WithdrawalCardDto>($"{Path}/{id}", cancellationToken);

    public Task<WithdrawalCardDto> RequestAsync(RequestWithdrawalCardDto input, CancellationToken cancellationToken = default) =>
        PostAsync<WithdrawalCardDto>(Path, input, cancellationToken);

    public Task<WithdrawalCardDto> ConfirmAsync(Guid id, DecideWithdrawalCardDto input, CancellationToken cancellationToken = default) =>
        PostAsync<WithdrawalCardDto>($"{Path}/{id}/confirm", input, cancellationToken);

    public Task<WithdrawalCardDto> RejectAsync(Guid id, DecideWithdrawalCardDto input, CancellationToken cancellationToken = default) =>
        PostAsync<WithdrawalCardDto>($"{Path}/{id}/reject", input, cancellationToken);
}
