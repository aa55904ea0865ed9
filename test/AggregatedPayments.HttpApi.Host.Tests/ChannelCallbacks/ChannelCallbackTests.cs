using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using AggregatedPayments.Channels;
using AggregatedPayments.Data;
using AggregatedPayments.Hosting;
using AggregatedPayments.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.ChannelCallbacks;

/// <summary>
/// Callbacks arrive at one address per merchant channel and are verified with that merchant channel's
/// own secret. The sandbox protocol is re-implemented here (HMAC-SHA256 over "timestamp.body"), so the
/// test does not lean on the adapter's own signing code.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ChannelCallbackTests(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    [Fact]
    public async Task Should_acknowledge_a_verified_callback_and_keep_it_in_the_merchants_tenant()
    {
        var opened = await OpenSandboxAsync("secret-a");
        var key = "k" + Guid.NewGuid().ToString("N");

        // Delivered where the administrator's view of the merchant channel says the provider must send it.
        opened.CallbackUrl.ShouldBe($"http://localhost:5080/api/channel-callbacks/{opened.MerchantChannelId}");
        var answer = await DeliverAsync(new Uri(opened.CallbackUrl!).AbsolutePath, Callback(key, "Succeeded", "secret-a", Factory.Clock.GetUtcNow()));

        answer.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await answer.Content.ReadAsStringAsync()).ShouldBe("success");
        var stored = (await CallbacksAsync(opened)).ShouldHaveSingleItem();
        stored.IsVerified.ShouldBeTrue();
        stored.Key.ShouldBe(key);
        stored.ClaimedState.ShouldBe(ChannelPayoutState.Succeeded);
        stored.ClaimedAmountMinor.ShouldBe(1234);
        stored.TenantId.ShouldBe(opened.MerchantId);
    }

    [Fact]
    public async Task Should_answer_a_repeated_callback_the_same_way_and_record_it_once()
    {
        var opened = await OpenSandboxAsync("secret-a");
        var callback = Callback("k" + Guid.NewGuid().ToString("N"), "Succeeded", "secret-a", Factory.Clock.GetUtcNow());

        var first = await DeliverAsync(opened.MerchantChannelId, callback);
        var again = await DeliverAsync(opened.MerchantChannelId, callback);

        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadAsStringAsync()).ShouldBe("success");
        (await CallbacksAsync(opened)).ShouldHaveSingleItem().TimesReceived.ShouldBe(2);
    }

    [Fact]
    public async Task Should_refuse_a_forged_callback_but_keep_its_key_as_a_clue_for_a_query()
    {
        var opened = await OpenSandboxAsync("secret-a");
        var key = "k" + Guid.NewGuid().ToString("N");

        var answer = await DeliverAsync(opened.MerchantChannelId, Callback(key, "Succeeded", "not-the-secret", Factory.Clock.GetUtcNow()));

        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await answer.Content.ReadAsStringAsync()).ShouldBe("fail");
        var stored = (await CallbacksAsync(opened)).ShouldHaveSingleItem();
        stored.IsVerified.ShouldBeFalse();
        stored.Key.ShouldBe(key);
        stored.ClaimedState.ShouldBeNull();
    }

    [Fact]
    public async Task Should_refuse_a_callback_signed_with_another_merchants_own_valid_secret()
    {
        var merchantA = await OpenSandboxAsync("secret-of-a");
        var merchantB = await OpenSandboxAsync("secret-of-b");

        // Merchant A signs correctly with its own credentials, but sends to merchant B's address.
        var answer = await DeliverAsync(merchantB.MerchantChannelId, Callback("k" + Guid.NewGuid().ToString("N"), "Succeeded", "secret-of-a", Factory.Clock.GetUtcNow()));

        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CallbacksAsync(merchantB)).ShouldHaveSingleItem().IsVerified.ShouldBeFalse();
        (await CallbacksAsync(merchantA)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_a_stale_callback_even_when_its_signature_is_right()
    {
        var opened = await OpenSandboxAsync("secret-a");

        var answer = await DeliverAsync(opened.MerchantChannelId, Callback("k" + Guid.NewGuid().ToString("N"), "Succeeded", "secret-a", Factory.Clock.GetUtcNow().AddMinutes(-10)));

        answer.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CallbacksAsync(opened)).ShouldHaveSingleItem().IsVerified.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_answer_not_found_for_an_unknown_address_or_a_channel_not_opened_for_callbacks()
    {
        var withoutCallbacks = await OpenSandboxAsync("secret-a", withNotification: false);
        var callback = Callback("k" + Guid.NewGuid().ToString("N"), "Succeeded", "secret-a", Factory.Clock.GetUtcNow());

        (await DeliverAsync(Guid.NewGuid(), callback)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await DeliverAsync(withoutCallbacks.MerchantChannelId, callback)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        withoutCallbacks.CallbackUrl.ShouldBeNull();
        (await CallbacksAsync(withoutCallbacks)).ShouldBeEmpty();
    }

    private async Task<OpenedChannel> OpenSandboxAsync(string notifySecret, bool withNotification = true)
    {
        string[] functions = withNotification ? ["Payout", "Query", "Notification"] : ["Payout", "Query"];
        var host = await HostAdminAsync();
        var channel = await ChannelSetup.DefineAsync(host, "Sandbox", functions, new Dictionary<string, string?>());
        var merchant = await CreateMerchantAsync();
        var opened = await ChannelSetup.OpenToMerchantAsync(
            host, merchant.Id, channel.Id, functions, new Dictionary<string, string?> { ["accountId"] = "acct-" + merchant.Code, ["notifySecret"] = notifySecret }, open: false);
        return new OpenedChannel(merchant.Id, opened.Id, opened.CallbackUrl);
    }

    private Task<HttpResponseMessage> DeliverAsync(Guid merchantChannelId, (Dictionary<string, string> Headers, byte[] Body) callback) =>
        DeliverAsync($"api/channel-callbacks/{merchantChannelId}", callback);

    private async Task<HttpResponseMessage> DeliverAsync(string path, (Dictionary<string, string> Headers, byte[] Body) callback)
    {
        using var content = new ByteArrayContent(callback.Body);
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        foreach (var (name, value) in callback.Headers)
        {
            request.Headers.Add(name, value);
        }

        var response = await Anonymous().SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private static (Dictionary<string, string> Headers, byte[] Body) Callback(string key, string state, string secret, DateTimeOffset signedAt)
    {
        var body = Encoding.UTF8.GetBytes(
            $$"""{"key":"{{key}}","reference":"SBX-1","state":"{{state}}","amountMinor":1234,"currency":"CNY","exponent":2,"failureCode":null}""");
        var timestamp = signedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        byte[] signed = [.. Encoding.UTF8.GetBytes(timestamp + "."), .. body];
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        return (new Dictionary<string, string>
        {
            ["X-Sandbox-Timestamp"] = timestamp,
            ["X-Sandbox-Signature"] = Convert.ToHexStringLower(signature)
        }, body);
    }

    private async Task<List<ChannelCallback>> CallbacksAsync(OpenedChannel opened)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using (services.GetRequiredService<ICurrentTenant>().Change(opened.MerchantId))
        {
            var callbacks = services.GetRequiredService<IRepository<ChannelCallback>>();
            return await services.GetRequiredService<IAsyncQueryExecuter>()
                .ToListAsync(callbacks.QueryNoTracking().Where(c => c.MerchantChannelId == opened.MerchantChannelId));
        }
    }

    private sealed record OpenedChannel(Guid MerchantId, Guid MerchantChannelId, string? CallbackUrl);
}
