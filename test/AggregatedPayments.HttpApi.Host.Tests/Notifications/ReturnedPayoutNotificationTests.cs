using System.Text.Json;
using AggregatedPayments.Hosting;
using AggregatedPayments.Payouts;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Notifications;

/// <summary>
/// A card payout through Alipay on the simulator, paid and later returned by the bank: the merchant hears
/// of both, as two events of the same order, the later one with the higher version.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ReturnedPayoutNotificationTests(AggregatedPaymentsWebFactory factory) : ChaosTestBase(factory)
{
    [Fact]
    public async Task Should_send_a_second_event_with_a_higher_version_when_a_paid_payout_is_returned()
    {
        await using var endpoint = await NotifyEndpoint.StartAsync(Factory.Clock);
        var setup = new NotificationSetup(Factory);
        var merchant = await CreateMerchantAsync();
        endpoint.Secret = (await setup.IssueSecretAsync(merchant.Id)).Secret;
        await setup.SetNotifyUrlAsync(merchant.Id, endpoint.Url);
        var (payouts, _, order, key) = await SendSettledCardPayoutAsync(merchant);
        await DeliverCallbacksAsync();
        await RunJobsAsync();
        var paid = await payouts.GetAsync(order);

        await Simulator.SettleAsync(key, "REFUND");
        await DeliverCallbacksAsync();
        await RunJobsAsync();
        var returned = await payouts.GetAsync(order);
        var events = (await new MerchantNotificationClientProxy(merchant.Admin).GetListAsync(new GetMerchantNotificationListInput { OrderId = order })).Items
            .OrderBy(n => n.Version).ToList();

        paid.Order.State.ShouldBe(PayoutState.Succeeded);
        returned.Order.State.ShouldBe(PayoutState.Returned);
        events.Select(n => n.EventType).ShouldBe([MerchantNotificationEventTypes.PayoutSucceeded, MerchantNotificationEventTypes.PayoutReturned]);
        events[1].Version.ShouldBeGreaterThan(events[0].Version);
        events.ShouldAllBe(n => n.Status == MerchantNotificationStatus.Delivered);
        var received = endpoint.Received.ToList();
        received.Select(r => r.EventId).ShouldBe(events.Select(n => n.Id.ToString()));
        received.ShouldAllBe(r => r.Genuine);
        var bodies = received.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        bodies.Select(b => b.GetProperty("version").GetInt32()).ShouldBe(events.Select(n => n.Version));
        bodies.Select(b => b.GetProperty("order").GetProperty("state").GetString()).ShouldBe(["Succeeded", "Returned"]);
        bodies.ShouldAllBe(b => b.GetProperty("order").GetProperty("id").GetGuid() == order);
    }
}
