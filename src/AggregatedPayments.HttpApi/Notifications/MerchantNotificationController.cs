using AggregatedPayments.Controllers;
using AggregatedPayments.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Notifications;

[Route("api/notifications")]
public sealed class MerchantNotificationController(IMerchantNotificationAppService notifications) : AggregatedPaymentsController, IMerchantNotificationAppService
{
    [HttpGet]
    [Authorize(NotificationPermissions.View)]
    public Task<PagedResultDto<MerchantNotificationDto>> GetListAsync([FromQuery] GetMerchantNotificationListInput input, CancellationToken cancellationToken = default) =>
        notifications.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    [Authorize(NotificationPermissions.View)]
    public Task<MerchantNotificationDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        notifications.GetAsync(id, cancellationToken);

    [HttpPost("{id:guid}/resend")]
    [Authorize(NotificationPermissions.Resend)]
    public Task<MerchantNotificationDetailDto> ResendAsync(Guid id, CancellationToken cancellationToken = default) =>
        notifications.ResendAsync(id, cancellationToken);
}
