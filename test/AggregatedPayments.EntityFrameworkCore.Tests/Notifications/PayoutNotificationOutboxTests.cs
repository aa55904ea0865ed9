using System.Text.Json;
using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Data;
using AggregatedPayments.Payouts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Notifications;

/// <summary>
/// The outbox side of a payout's moves in the database: an event is written by the transaction of the move
/// that causes it, or not at all. The merchant of this database has no notify address, so each event is
/// kept as NoAddress and no delivery job is queued.
/// </summary>
public sealed class PayoutNotificationOutboxTests : IAsyncLifetime
{
    private PayoutDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await PayoutDatabase.CreateAsync();
        await _db.FundAsync(100_00);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Should_write_the_event_with_the_final_move_and_nothing_when_that_move_rolls_back()
    {
        var orderId = await _db.CreateOrderAsync("OUTBOX-1", 30_00);
        var attemptId = await _db.StartAttemptAsync(orderId);

        await Should.ThrowAsync<InvalidOperationException>(() => MoveAsync(orderId, attemptId, PayoutState.Succeeded, thenFail: true));
        var afterRollback = await EventsAsync(orderId);
        await MoveAsync(orderId, attemptId, PayoutState.Succeeded);
        var events = await EventsAsync(orderId);
        var order = await _db.LoadAsync(orderId);

        afterRollback.ShouldBeEmpty();
        var written = events.ShouldHaveSingleItem();
        (written.EventType, written.EventVersion, written.Status).ShouldBe((MerchantNotificationEventTypes.PayoutSucceeded, order.Version, MerchantNotificationStatus.NoAddress));
        (written.NextAttemptTime, written.AttemptCount).ShouldBe((null, 0));
        var body = JsonDocument.Parse(written.Body).RootElement;
        body.GetProperty("id").GetGuid().ShouldBe(written.Id);
        body.GetProperty("order").GetProperty("lines")[0].GetProperty("merchantReference").GetString().ShouldBe("OUTBOX-1");
        (await DeliveryJobsAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task Should_write_no_event_for_a_repeated_answer_a_late_one_or_a_move_that_is_not_final()
    {
        var orderId = await _db.CreateOrderAsync("OUTBOX-2", 10_00);
        var attemptId = await _db.StartAttemptAsync(orderId);

        await MoveAsync(orderId, attemptId, PayoutState.Processing);
        await MoveAsync(orderId, attemptId, PayoutState.Failed);
        await MoveAsync(orderId, attemptId, PayoutState.Failed);
        await MoveAsync(orderId, attemptId, PayoutState.Succeeded);

        (await EventsAsync(orderId)).Select(n => n.EventType).ShouldBe([MerchantNotificationEventTypes.PayoutFailed]);
    }

    [Fact]
    public async Task Should_write_a_second_event_with_a_higher_version_when_a_paid_order_is_returned()
    {
        var orderId = await _db.CreateOrderAsync("OUTBOX-3", 20_00);
        var attemptId = await _db.StartAttemptAsync(orderId);

        await MoveAsync(orderId, attemptId, PayoutState.Succeeded);
        await MoveAsync(orderId, attemptId, PayoutState.Failed);

        var events = (await EventsAsync(orderId)).OrderBy(n => n.CreationTime).ThenBy(n => n.EventVersion).ToList();
        events.Select(n => n.EventType).ShouldBe([MerchantNotificationEventTypes.PayoutSucceeded, MerchantNotificationEventTypes.PayoutReturned]);
        events[1].EventVersion.ShouldBeGreaterThan(events[0].EventVersion);
        events[1].Id.ShouldNotBe(events[0].Id);
    }

    /// <summary>An answer applied as the engine applies one: in a transaction that saves the unit of work, then commits.</summary>
    private Task<bool> MoveAsync(Guid orderId, Guid attemptId, PayoutState state, bool thenFail = false) =>
        _db.InTenantAsync(async services =>
        {
            var unitOfWork = services.GetRequiredService<IUnitOfWork>();
            await using var transaction = await unitOfWork.BeginTransactionAsync();
            var order = await services.GetRequiredService<IPayoutOrderStore>().FindAsync(orderId, CancellationToken.None);
            await services.GetRequiredService<PayoutTransitionManager>()
                .ApplyAnswerAsync(order!, attemptId, new PayoutAnswer(state, "test answer"), "job:query", CancellationToken.None);
            await unitOfWork.SaveChangesAsync();
            if (thenFail)
            {
                throw new InvalidOperationException("The step failed after the move, before its commit.");
            }

            await transaction.CommitAsync();
            return true;
        });

    private Task<List<MerchantNotification>> EventsAsync(Guid orderId) =>
        _db.InTenantAsync(services => services.GetRequiredService<IAsyncQueryExecuter>().ToListAsync(
            services.GetRequiredService<IRepository<MerchantNotification>>().QueryNoTracking().Where(n => n.OrderId == orderId)));

    private Task<int> DeliveryJobsAsync() =>
        _db.InTenantAsync(services => services.GetRequiredService<IAsyncQueryExecuter>().CountAsync(
            services.GetRequiredService<IRepository<BackgroundJobRecord>>().QueryNoTracking().Where(j => j.JobName == "Notifications.Deliver")));
}
