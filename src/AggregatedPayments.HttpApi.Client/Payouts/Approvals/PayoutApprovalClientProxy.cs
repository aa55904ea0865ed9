using AggregatedPayments.Dtos;
using AggregatedPayments.Http;

namespace AggregatedPayments.Payouts;

public sealed class PayoutApprovalClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IPayoutApprovalAppService
{
    private const string Path = "api/payout-approvals";

    public Task<PagedResultDto<PayoutApprovalDto>> GetListAsync(GetPayoutApprovalListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return GetAsync<PagedResultDto<PayoutApprovalDto>>(WithQuery(Path,
            (nameof(input.Status), input.Status),
            (nameof(input.OrderId), input.OrderId),
            (nameof(input.Cursor), input.Cursor),
            (nameof(input.MaxResultCount), input.MaxResultCount)), cancellationToken);
    }

    public Task<PayoutApprovalDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<PayoutApprovalDto>($"{Path}/{id}", cancellationToken);

    public Task<PayoutApprovalDto> ApproveAsync(Guid id, DecidePayoutApprovalDto input, CancellationToken cancellationToken = default) =>
        PostAsync<PayoutApprovalDto>($"{Path}/{id}/approve", input, cancellationToken);

    public Task<PayoutApprovalDto> RejectAsync(Guid id, DecidePayoutApprovalDto input, CancellationToken cancellationToken = default) =>
        PostAsync<PayoutApprovalDto>($"{Path}/{id}/reject", input, cancellationToken);
}
