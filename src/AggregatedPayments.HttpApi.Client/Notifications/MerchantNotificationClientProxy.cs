using AggregatedPayments.Dtos;
using AggregatedPayments.Http;

namespace AggregatedPayments.Notifications;

public sealed class MerchantNotificationClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IMerchantNotificationAppService
{
    private const string Path = "api/notifications";

    public Task<PagedResultDto<MerchantNotificationDto>> GetListAsync(GetMerchantNotificationListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return GetAsync<PagedResultDto<MerchantNotificationDto>>(WithQuery(Path,
            (nameof(input.Status), input.Status),
            (nameof(input.OrderId), input.OrderId),
            (nameof(input.EventType), input.EventType),
            (nameof(input.Cursor), input.Cursor),
            (nameof(input.MaxResultCount), input.MaxResultCount)), cancellationToken);
    }

    public Task<MerchantNotificationDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<MerchantNotificationDetailDto>($"{Path}/{id}", cancellationToken);

    public Task<MerchantNotificationDetailDto> ResendAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<MerchantNotificationDetailDto>($"{Path}/{id}/resend", null, cancellationToken);
}
