using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Notifications;

/// <summary>
/// Makes one try of a notification and records it. At least once, on purpose: a run that dies after
/// sending and before recording leaves its job to be run again, which sends again — the merchant dedupes
/// on the event id. The record is written in a fresh scope and transaction, from the notification as it
/// is committed then (a re-send may have started a new round while the request was out).
/// </summary>
public sealed class MerchantNotificationDeliveryJob(
    IRepository<MerchantNotification> notifications,
    IAsyncQueryExecuter executer,
    MerchantNotificationSender sender,
    IServiceScopeFactory scopes) : IBackgroundJob<MerchantNotificationDeliveryJobArgs>
{
    private const int Rounds = 5;

    public async Task ExecuteAsync(MerchantNotificationDeliveryJobArgs args, CancellationToken cancellationToken)
    {
        var notification = await executer.FirstOrDefaultAsync(
            notifications.QueryNoTracking().Where(n => n.Id == args.NotificationId), cancellationToken);
        if (notification is null || !notification.Awaits(args.Round, args.Attempt))
        {
            return;
        }

        var outcome = await sender.SendAsync(notification, cancellationToken);

        // From here the request may have arrived: the try is recorded even when the host is stopping.
        await RecordAsync(args, outcome, CancellationToken.None);
    }

    private async Task RecordAsync(MerchantNotificationDeliveryJobArgs args, MerchantNotificationOutcome outcome, CancellationToken cancellationToken)
    {
        for (var round = 0; round < Rounds; round++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
            var notification = await services.GetRequiredService<IRepository<MerchantNotification>>().GetAsync(args.NotificationId, cancellationToken);
            await services.GetRequiredService<MerchantNotificationManager>().RecordAttemptAsync(notification, args.Round, args.Attempt, outcome, cancellationToken);
            try
            {
                await unitOfWork.SaveChangesAsync(cancellationToken);
            }
            catch (ConflictException conflict) when (conflict.Code == ErrorCodes.ConcurrencyConflict)
            {
                // A re-send changed the notification meanwhile: decide again from what it is now.
                continue;
            }

            await transaction.CommitAsync(cancellationToken);
            return;
        }

        throw new ConflictException(ErrorCodes.ConcurrencyConflict).WithData("notificationId", args.NotificationId);
    }
}
