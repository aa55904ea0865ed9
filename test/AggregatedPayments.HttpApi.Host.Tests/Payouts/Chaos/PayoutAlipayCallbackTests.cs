using System.Net;
using System.Security.Cryptography;
using AggregatedPayments.ChannelCallbacks;
using AggregatedPayments.Hosting;
using Microsoft.EntityFrameworkCore;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Alipay's order-changed messages are UTF-8 forms. Posted byte for byte to the merchant channel's
/// callback address, they reach the adapter whole, are verified, and have the payout queried.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class PayoutAlipayCallbackTests(AggregatedPaymentsWebFactory factory) : ChaosTestBase(factory)
{
    [Fact]
    public async Task Should_verify_alipays_form_encoded_message_and_settle_the_payout_through_the_query_it_asks_for()
    {
        var merchant = await CreateMerchantAsync();
        var (api, card, order, key) = await SendSettledCardPayoutAsync(merchant);
        var messages = await Simulator.TakeCallbacksAsync();

        using var client = Factory.CreateClient();
        var answers = new List<(HttpStatusCode, string)>();
        foreach (var message in messages)
        {
            using var answer = await PostCallbackAsync(client, message.Target.AbsolutePath, message.Body, message.ContentType);
            answers.Add((answer.StatusCode, await answer.Content.ReadAsStringAsync()));
        }

        var stored = await ReadAsync(db => db.Set<ChannelCallback>().Where(c => c.MerchantChannelId == card).OrderBy(c => c.FirstReceivedAt).ToListAsync());
        await RunJobsAsync();

        messages.Select(m => m.Target.AbsolutePath).Distinct().ShouldBe([$"/api/channel-callbacks/{card}"]);
        answers.ShouldBe([(HttpStatusCode.OK, "success"), (HttpStatusCode.OK, "success")]);
        stored.Select(c => (c.IsVerified, c.Key, c.ClaimedState)).ShouldBe(
            [(true, key, Channels.ChannelPayoutState.Processing), (true, key, Channels.ChannelPayoutState.Succeeded)], ignoreOrder: true);
        stored.ShouldAllBe(c => c.Fingerprint != Convert.ToHexStringLower(SHA256.HashData(Array.Empty<byte>())));
        (await api.GetAsync(order)).Order.State.ShouldBe(PayoutState.Succeeded);
    }
}
