using AggregatedPayments.Data;
using AggregatedPayments.Dtos;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;

namespace AggregatedPayments.Notifications;

/// <summary>
/// A merchant's notifications, always inside its tenant, so another merchant's is simply not found (404).
/// A re-send is a state-changing request, so the audit log keeps who asked and when; the notification
/// shows the latest one as well.
/// </summary>
public sealed class MerchantNotificationAppService(
    IRepository<MerchantNotification> notifications,
    IRepository<MerchantNotificationAttempt> attempts,
    MerchantNotificationManager manager,
    IAsyncQueryExecuter executer,
    IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser) : IMerchantNotificationAppService
{
    public async Task<PagedResultDto<MerchantNotificationDto>> GetListAsync(GetMerchantNotificationListInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RequireMerchant();
        var query = Filter(notifications.QueryNoTracking(), input);
        var total = await executer.CountAsync(query, cancellationToken);
        var size = Math.Clamp(input.MaxResultCount, 1, GetMerchantNotificationListInput.MaxPageSize);
        var (items, next) = KeysetPaging.Split(await executer.ToListAsync(KeysetPaging.NewestFirstAfter(query, input.Cursor, size), cancellationToken), size);
        return new PagedResultDto<MerchantNotificationDto>(items.Select(MerchantNotificationDtoMapper.ToDto).ToList(), total, next);
    }

    public async Task<MerchantNotificationDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        RequireMerchant();
        return await DetailAsync(await notifications.GetAsync(id, cancellationToken), cancellationToken);
    }

    public async Task<MerchantNotificationDetailDto> ResendAsync(Guid id, CancellationToken cancellationToken = default)
    {
        RequireMerchant();
        MerchantNotification notification;
        await using (var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken))
        {
            // The notification's version guards the save: a try recorded meanwhile makes it a conflict, never a lost round.
            notification = await notifications.GetAsync(id, cancellationToken);
            await manager.ResendAsync(notification, currentUser.UserName ?? "api", cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }

        return await DetailAsync(notification, cancellationToken);
    }

    private static IQueryable<MerchantNotification> Filter(IQueryable<MerchantNotification> query, GetMerchantNotificationListInput input)
    {
        if (input.Status is { } status)
        {
            query = query.Where(n => n.Status == status);
        }

        if (input.OrderId is { } orderId)
        {
            query = query.Where(n => n.OrderId == orderId);
        }

        if (!string.IsNullOrWhiteSpace(input.EventType))
        {
            var eventType = input.EventType.Trim();
            query = query.Where(n => n.EventType == eventType);
        }

        return query;
    }

    private async Task<MerchantNotificationDetailDto> DetailAsync(MerchantNotification notification, CancellationToken cancellationToken) =>
        MerchantNotificationDtoMapper.ToDetailDto(
            notification,
            await executer.ToListAsync(attempts.QueryNoTracking().Where(a => a.NotificationId == notification.Id), cancellationToken));

    // Notifications are a merchant's; the platform's own side has none to show.
    private void RequireMerchant()
    {
        if (currentTenant.Id is null)
        {
            throw new BusinessException(NotificationsErrorCodes.ActInsideMerchant);
        }
    }
}
