using AggregatedPayments.Dtos;

namespace AggregatedPayments.Notifications;

/// <summary>The events sent to the merchant's notify address, inside the merchant's tenant; another merchant's answers 404.</summary>
public interface IMerchantNotificationAppService
{
    Task<PagedResultDto<MerchantNotificationDto>> GetListAsync(GetMerchantNotificationListInput input, CancellationToken cancellationToken = default);

    /// <summary>One notification with its body and every attempt, oldest first.</summary>
    Task<MerchantNotificationDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>A new delivery round with the same event id and body; refused while a round is still running.</summary>
    Task<MerchantNotificationDetailDto> ResendAsync(Guid id, CancellationToken cancellationToken = default);
}
