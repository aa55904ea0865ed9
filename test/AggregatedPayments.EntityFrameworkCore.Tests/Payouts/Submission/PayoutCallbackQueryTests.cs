using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>A callback is a hint: it queues a query of the attempt found by the merchant channel it came to and our key, and moves nothing itself.</summary>
public sealed class PayoutCallbackQueryTests : IAsyncLifetime
{
    private SubmissionScenario _s = null!;
    private Guid _merchantA;
    private Guid _channelA;
    private Guid _merchantB;
    private Guid _channelB;

    public async Task InitializeAsync()
    {
        _s = await SubmissionScenario.CreateAsync();
        _merchantA = await _s.CreateMerchantAsync("M-CA");
        _channelA = await _s.OpenSandboxChannelAsync(_merchantA, "SBX-CA", processingSeconds: 5);
        _merchantB = await _s.CreateMerchantAsync("M-CB");
        _channelB = await _s.OpenSandboxChannelAsync(_merchantB, "SBX-CB", processingSeconds: 5);
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    [Fact]
    public async Task Should_queue_a_query_of_the_attempt_found_by_merchant_channel_and_key_and_let_only_the_query_move_it()
    {
        var orderId = await _s.CreateOrderAsync(_merchantA, "CB-1", 33_00);
        var attempt = await _s.StartAsync(_merchantA, orderId, _channelA);
        await _s.RunJobsAsync();
        _s.Database.Clock.Advance(TimeSpan.FromSeconds(6));
        var scheduled = await _s.QueryJobsOfAsync(attempt.Id);

        var reception = await _s.DeliverAsync(_channelA, _s.Callback(_channelA, attempt.ChannelKey));
        var beforeQuery = await _s.LoadAsync(_merchantA, orderId);
        var queued = await _s.QueryJobsOfAsync(attempt.Id);
        await _s.RunJobsAsync();

        reception.IsVerified.ShouldBeTrue();
        beforeQuery.State.ShouldBe(PayoutState.Processing);
        queued.Count.ShouldBe(scheduled.Count + 1);
        queued.ShouldContain(j => j.TenantId == _merchantA && j.ArgsJson.Contains("\"slot\":null", StringComparison.Ordinal));
        var order = await _s.LoadAsync(_merchantA, orderId);
        (order.State, order.CurrentAttempt!.QueryCount).ShouldBe((PayoutState.Succeeded, 0));
        await _s.AssertMoneyAsync(_merchantA, _channelA);
    }

    [Fact]
    public async Task Should_touch_nothing_of_merchant_a_when_merchant_a_s_key_arrives_at_merchant_b_s_channel_signed_with_b_s_own_secret()
    {
        var orderId = await _s.CreateOrderAsync(_merchantA, "CB-2", 44_00);
        var attempt = await _s.StartAsync(_merchantA, orderId, _channelA);
        await _s.RunJobsAsync();
        _s.Database.Clock.Advance(TimeSpan.FromSeconds(6));
        var before = await _s.LoadAsync(_merchantA, orderId);
        var jobsBefore = await _s.JobsAsync();

        var reception = await _s.DeliverAsync(_channelB, _s.Callback(_channelA, attempt.ChannelKey, signingMerchantChannelId: _channelB));

        reception.IsVerified.ShouldBeTrue();
        (await _s.JobsAsync()).Select(j => j.Id).ShouldBe(jobsBefore.Select(j => j.Id), ignoreOrder: true);
        var after = await _s.LoadAsync(_merchantA, orderId);
        (after.State, after.Version, after.History.Count).ShouldBe((before.State, before.Version, before.History.Count));

        // A's own schedule still settles A's payout.
        await _s.AdvanceAsync(TimeSpan.FromSeconds(15));
        (await _s.LoadAsync(_merchantA, orderId)).State.ShouldBe(PayoutState.Succeeded);
        await _s.AssertMoneyAsync(_merchantA, _channelA);
        await _s.AssertMoneyAsync(_merchantB, _channelB);
    }
}
