using System.Text;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Stands in for the submission engine below the host: starts the attempt exactly as the engine must
/// (the transition manager's guarded start and hold, a key per attempt) and notes each query asked for.
/// </summary>
public sealed class RecordingPayoutSubmitter(PayoutTransitionManager transitions, SubmitterChannel channel) : IPayoutSubmitter
{
    public static readonly List<Guid> QueriedOrders = [];

    public Task<PayoutAttempt> StartAsync(PayoutOrder order, Guid? merchantChannelId, string actor, CancellationToken cancellationToken)
    {
        var attemptId = Guid.NewGuid();
        var request = new Channels.StoredRequest("K" + attemptId.ToString("N"), "application/json", Encoding.UTF8.GetBytes($"{{\"key\":\"K{attemptId:N}\"}}"));
        return transitions.StartAttemptAsync(order, attemptId, merchantChannelId ?? channel.Id, request, actor, cancellationToken);
    }

    public Task QueryNowAsync(PayoutOrder order, string actor, CancellationToken cancellationToken)
    {
        lock (QueriedOrders)
        {
            QueriedOrders.Add(order.Id);
        }

        return Task.CompletedTask;
    }
}
