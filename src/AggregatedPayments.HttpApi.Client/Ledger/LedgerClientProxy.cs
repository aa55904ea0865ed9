using AggregatedPayments.Dtos;
using AggregatedPayments.Http;

namespace AggregatedPayments.Ledger;

public sealed class LedgerClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), ILedgerAppService
{
    private const string Path = "api/ledger";

    public Task<IReadOnlyList<LedgerBalanceDto>> GetBalancesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<LedgerBalanceDto>>($"{Path}/balances", cancellationToken);

    public Task<PagedResultDto<LedgerPostingDto>> GetPostingsAsync(GetLedgerPostingListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return GetAsync<PagedResultDto<LedgerPostingDto>>(WithQuery($"{Path}/postings",
            (nameof(input.MerchantChannelId), input.MerchantChannelId),
            (nameof(input.SourceId), input.SourceId),
            (nameof(input.OrderId), input.OrderId),
            (nameof(input.From), input.From),
            (nameof(input.To), input.To),
            (nameof(input.Cursor), input.Cursor),
            (nameof(input.MaxResultCount), input.MaxResultCount)), cancellationToken);
    }

    public Task<LedgerSyncDto> SyncAsync(Guid merchantChannelId, CancellationToken cancellationToken = default) =>
        PostAsync<LedgerSyncDto>($"{Path}/balances/{merchantChannelId}/sync", null, cancellationToken);
}
