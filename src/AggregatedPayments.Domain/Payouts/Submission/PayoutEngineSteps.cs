using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.Payouts;

/// <summary>
/// The engine's database steps. Each runs in a fresh scope (a fresh unit of work, so it decides from
/// what is committed now, not from what an earlier step tracked) and its own transaction, inside the
/// current tenant; a step that loses a race to another writer reloads and decides again.
/// </summary>
public sealed class PayoutEngineSteps(IServiceScopeFactory scopes, IOptions<PayoutSubmissionOptions> options, TimeProvider clock)
{
    private const int Rounds = 5;

    public async Task<PayoutSnapshot?> LoadAsync(Guid orderId, Guid attemptId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var order = await scope.ServiceProvider.GetRequiredService<IPayoutOrderStore>().FindAsync(orderId, cancellationToken);
        var attempt = order?.Attempts.FirstOrDefault(a => a.Id == attemptId);
        return order is null || attempt is null ? null : new PayoutSnapshot(order, attempt);
    }

    /// <summary>Notes that the request is about to leave; false when the order moved meanwhile (so it must not be sent).</summary>
    public Task<bool> TryRecordSentAsync(Guid orderId, Guid attemptId, CancellationToken cancellationToken) =>
        InTransactionAsync(orderId, attemptId, async (services, snapshot) =>
        {
            if (snapshot is not { IsCurrent: true, Attempt: { State: PayoutState.Submitting, FirstSentTime: null } })
            {
                return false;
            }

            await Transitions(services).RecordSentAsync(snapshot.Order, cancellationToken);
            return true;
        }, retryLostRace: false, cancellationToken);

    /// <summary>Counts a NotFound; false when another query counted one first (that query decides about the resend).</summary>
    public Task<bool> TryRecordNotFoundAsync(Guid orderId, Guid attemptId, int notFoundSeen, CancellationToken cancellationToken) =>
        InTransactionAsync(orderId, attemptId, async (services, snapshot) =>
        {
            if (snapshot is not { IsOpen: true } || snapshot.Attempt.NotFoundCount != notFoundSeen || snapshot.Order.NeedsManualReview)
            {
                return false;
            }

            await Transitions(services).RecordNotFoundAsync(snapshot.Order, cancellationToken);
            return true;
        }, retryLostRace: false, cancellationToken);

    /// <summary>
    /// Applies <paramref name="answer"/> (null: nothing new was learnt), then plans what follows for an
    /// attempt still open: the query of <paramref name="nextSlot"/>, or manual review when the schedule is
    /// spent; no slot means this look plans nothing. A routed attempt that definitely failed gets its failover job.
    /// <paramref name="queried"/> notes the query's time on the attempt.
    /// </summary>
    public Task RecordAnswerAsync(Guid orderId, Guid attemptId, PayoutAnswer? answer, bool queried, string actor, int? nextSlot, string channelCode, CancellationToken cancellationToken) =>
        InTransactionAsync(orderId, attemptId, async (services, snapshot) =>
        {
            if (snapshot is null)
            {
                return true;
            }

            var transitions = Transitions(services);
            var (order, attempt) = (snapshot.Order, snapshot.Attempt);
            if (answer is not null)
            {
                var outcome = await transitions.ApplyAnswerAsync(order, attempt.Id, answer, actor, cancellationToken);
                if (outcome == PayoutAnswerOutcome.LostRace)
                {
                    return false;
                }

                if (outcome == PayoutAnswerOutcome.Moved && attempt.State == PayoutState.Failed && attempt.Routing == PayoutRouting.Routed)
                {
                    await services.GetRequiredService<IBackgroundJobManager>()
                        .EnqueueAsync(new PayoutFailoverJobArgs(order.Id, attempt.Id), BackgroundJobPriority.High, cancellationToken: cancellationToken);
                }
            }

            if (queried && order.CurrentAttemptId == attempt.Id)
            {
                await transitions.RecordQueriedAsync(order, cancellationToken);
            }

            if (nextSlot is { } slot && order.CurrentAttemptId == attempt.Id && !PayoutStateMachine.IsFinal(attempt.State) && !order.NeedsManualReview)
            {
                await PlanAsync(services, order, attempt, slot, channelCode, null, cancellationToken);
            }

            return true;
        }, retryLostRace: true, cancellationToken);

    /// <summary>
    /// For an attempt that may have left already: makes sure a scheduled query will ask about it, no
    /// sooner than the schedule's first slot after its first send (so a send still in flight can land first).
    /// </summary>
    public Task EnsureQueryAsync(Guid orderId, Guid attemptId, string channelCode, CancellationToken cancellationToken) =>
        InTransactionAsync(orderId, attemptId, async (services, snapshot) =>
        {
            if (snapshot is not { IsOpen: true, Attempt.FirstSentTime: { } sent } || snapshot.Order.NeedsManualReview)
            {
                return true;
            }

            var firstSlot = options.Value.ScheduleFor(channelCode)[0];
            var wait = sent + firstSlot - Now();
            await PlanAsync(services, snapshot.Order, snapshot.Attempt, snapshot.Attempt.QueryCount, channelCode, wait > TimeSpan.Zero ? wait : TimeSpan.Zero, cancellationToken);
            return true;
        }, retryLostRace: false, cancellationToken);

    /// <summary>Sends the attempt to a person with <paramref name="reason"/>; an attempt already final or already flagged is left alone.</summary>
    public Task FlagForManualReviewAsync(Guid orderId, Guid attemptId, string reason, string actor, CancellationToken cancellationToken) =>
        InTransactionAsync(orderId, attemptId, async (services, snapshot) =>
        {
            if (snapshot is not { IsOpen: true } || snapshot.Order.NeedsManualReview)
            {
                return true;
            }

            var transitions = Transitions(services);
            await transitions.FlagForManualReviewAsync(snapshot.Order, reason, actor, cancellationToken);
            await transitions.PlanNextCheckAsync(snapshot.Order, null, null, snapshot.Attempt.QueryCount, cancellationToken);
            return true;
        }, retryLostRace: true, cancellationToken);

    /// <summary>The sweep's revival of an attempt whose job was lost: its send again (which asks instead when it may have left), or its next scheduled query now.</summary>
    public Task<bool> ReviveAsync(Guid orderId, Guid attemptId, string channelCode, CancellationToken cancellationToken) =>
        InTransactionAsync(orderId, attemptId, async (services, snapshot) =>
        {
            if (snapshot is not { IsOpen: true } || snapshot.Order.NeedsManualReview)
            {
                return true;
            }

            var (order, attempt) = (snapshot.Order, snapshot.Attempt);
            if (attempt is { State: PayoutState.Submitting, FirstSentTime: null })
            {
                var jobId = await services.GetRequiredService<IBackgroundJobManager>()
                    .EnqueueAsync(new PayoutSendJobArgs(order.Id, attempt.Id), BackgroundJobPriority.High, cancellationToken: cancellationToken);
                await Transitions(services).PlanNextCheckAsync(order, Now(), jobId, attempt.QueryCount, cancellationToken);
                return true;
            }

            await PlanAsync(services, order, attempt, attempt.QueryCount, channelCode, TimeSpan.Zero, cancellationToken);
            return true;
        }, retryLostRace: false, cancellationToken);

    private async Task PlanAsync(IServiceProvider services, PayoutOrder order, PayoutAttempt attempt, int slot, string channelCode, TimeSpan? delay, CancellationToken cancellationToken)
    {
        var transitions = Transitions(services);
        var schedule = options.Value.ScheduleFor(channelCode);
        if (slot >= schedule.Count)
        {
            await transitions.FlagForManualReviewAsync(order,
                $"The query schedule ({schedule.Count} queries) is spent and the provider has given no final answer; the hold stays until a person decides.",
                PayoutSubmissionActors.Janitor, cancellationToken);
            await transitions.PlanNextCheckAsync(order, null, null, slot, cancellationToken);
            return;
        }

        var wait = delay ?? schedule[slot];
        var jobId = await services.GetRequiredService<IBackgroundJobManager>()
            .EnqueueAsync(new PayoutQueryJobArgs(order.Id, attempt.Id, slot, "schedule"), cancellationToken: cancellationToken, delay: wait);
        await transitions.PlanNextCheckAsync(order, Now() + wait, jobId, slot, cancellationToken);
    }

    private async Task<bool> InTransactionAsync(
        Guid orderId, Guid attemptId, Func<IServiceProvider, PayoutSnapshot?, Task<bool>> step, bool retryLostRace, CancellationToken cancellationToken)
    {
        for (var round = 0; round < Rounds; round++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
            var order = await services.GetRequiredService<IPayoutOrderStore>().FindAsync(orderId, cancellationToken);
            var attempt = order?.Attempts.FirstOrDefault(a => a.Id == attemptId);
            bool done;
            try
            {
                done = await step(services, order is null || attempt is null ? null : new PayoutSnapshot(order, attempt));
            }
            catch (ConflictException conflict) when (conflict.Code == PayoutsErrorCodes.StateChanged)
            {
                if (!retryLostRace)
                {
                    return false;
                }

                continue;
            }

            if (!done)
            {
                if (!retryLostRace)
                {
                    return false;
                }

                continue;
            }

            await unitOfWork.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }

        throw new ConflictException(PayoutsErrorCodes.StateChanged).WithData("orderId", orderId);
    }

    private static PayoutTransitionManager Transitions(IServiceProvider services) => services.GetRequiredService<PayoutTransitionManager>();

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
