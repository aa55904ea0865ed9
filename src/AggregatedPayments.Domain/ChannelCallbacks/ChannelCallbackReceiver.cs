using System.Security.Cryptography;
using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Channels;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.ChannelCallbacks;

/// <summary>
/// Takes a provider's callback addressed to one merchant channel: verifies it with that merchant
/// channel's own parameters (so a merchant holding valid credentials of its own cannot speak for
/// another's channel), records it once in that merchant's tenant, and gives back the provider's
/// expected acknowledgement. A repeat of the same bytes is answered the same way and only counted.
/// The callback's key (verified, or only a clue when unverified) is looked up within that merchant
/// channel alone, and an open attempt found there gets a query, queued in the same transaction: the
/// query's answer, never the callback, moves money.
/// </summary>
public sealed class ChannelCallbackReceiver(
    IRepository<MerchantChannel> merchantChannels,
    IRepository<Channel> channels,
    IRepository<ChannelCallback> callbacks,
    IAsyncQueryExecuter executer,
    IUnitOfWork unitOfWork,
    IDataFilter dataFilter,
    ICurrentTenant currentTenant,
    ChannelAdapterRegistry adapters,
    ChannelContextFactory contexts,
    IPayoutOrderStore payouts,
    IBackgroundJobManager jobs,
    TimeProvider clock)
{
    public async Task<ChannelCallbackReception> ReceiveAsync(Guid merchantChannelId, NotificationRequest request, CancellationToken cancellationToken)
    {
        var merchantChannel = await FindMerchantChannelAsync(merchantChannelId, cancellationToken);
        using (currentTenant.Change(merchantChannel.TenantId))
        {
            var channel = await channels.GetAsync(merchantChannel.ChannelId, cancellationToken);
            if (!merchantChannel.Functions.HasFlag(ChannelFunctions.Notification) || adapters.Get(channel.Provider) is not IChannelNotification notifications)
            {
                // Answered like an address that does not exist: nothing about the merchant channel is revealed.
                throw new EntityNotFoundException(nameof(MerchantChannel), merchantChannelId);
            }

            var context = await contexts.CreateAsync(channel, merchantChannel, cancellationToken);
            var result = notifications.VerifyAndParse(request, context);
            await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
            var callback = await RecordAsync(merchantChannel, Fingerprint(request.Body), result, cancellationToken);
            await ScheduleQueryAsync(merchantChannel.Id, callback.Key, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new ChannelCallbackReception(callback.Id, result.IsVerified, callback.TimesReceived > 1, result.Acknowledgement);
        }
    }

    private async Task ScheduleQueryAsync(Guid merchantChannelId, string? key, CancellationToken cancellationToken)
    {
        // A paid attempt is asked again too: a bank's return after success reaches us as such a message.
        if (key is null || await payouts.FindAttemptAsync(merchantChannelId, key, cancellationToken) is not { } attempt
            || !PayoutStateMachine.MayStillMove(attempt.State))
        {
            return;
        }

        await jobs.EnqueueAsync(new PayoutQueryJobArgs(attempt.OrderId, attempt.Id, Slot: null, "callback"), BackgroundJobPriority.High, cancellationToken: cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
    }

    private async Task<MerchantChannel> FindMerchantChannelAsync(Guid merchantChannelId, CancellationToken cancellationToken)
    {
        // The caller is a provider, not a user of any tenant: the address alone names the merchant channel.
        using (dataFilter.DisableMultiTenantFilter())
        {
            return await merchantChannels.GetAsync(merchantChannelId, cancellationToken);
        }
    }

    private async Task<ChannelCallback> RecordAsync(MerchantChannel merchantChannel, string fingerprint, NotificationResult result, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var existing = await FindAsync(merchantChannel.Id, fingerprint, cancellationToken);
        if (existing is null)
        {
            var callback = new ChannelCallback(Guid.NewGuid(), merchantChannel.TenantId, merchantChannel.Id, fingerprint, result, now);
            await callbacks.InsertAsync(callback, cancellationToken);
            try
            {
                await unitOfWork.SaveChangesAsync(cancellationToken);
                return callback;
            }
            catch (ConflictException exception) when (exception.Code == ErrorCodes.DuplicateKey)
            {
                // The provider's retry raced the first delivery: that one won, this one is a repeat.
                callbacks.Delete(callback);
                existing = await FindAsync(merchantChannel.Id, fingerprint, cancellationToken)
                    ?? throw new InvalidOperationException("A callback refused as a duplicate could not be read back.", exception);
            }
        }

        existing.ReceivedAgain(now);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return existing;
    }

    private Task<ChannelCallback?> FindAsync(Guid merchantChannelId, string fingerprint, CancellationToken cancellationToken) =>
        executer.FirstOrDefaultAsync(callbacks.Query().Where(c => c.MerchantChannelId == merchantChannelId && c.Fingerprint == fingerprint), cancellationToken);

    private static string Fingerprint(byte[] body) => Convert.ToHexStringLower(SHA256.HashData(body));
}
