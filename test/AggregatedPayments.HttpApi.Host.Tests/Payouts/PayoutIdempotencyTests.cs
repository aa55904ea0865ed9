using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using AggregatedPayments.Hosting;
using AggregatedPayments.Ledger;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>Both layers of idempotency an API caller meets: the merchant reference, and the Idempotency-Key header.</summary>
[Collection(HostCollection.Name)]
public sealed class PayoutIdempotencyTests(AggregatedPaymentsWebFactory factory) : PayoutHostTestBase(factory)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public async Task Should_answer_201_for_a_new_payout_200_for_the_same_request_and_409_for_other_content()
    {
        var m = await CreatePayoutMerchantAsync();

        using var created = await m.Admin.PostAsJsonAsync("api/payouts", Plain("REF-1", 10_00), Json);
        using var repeated = await m.Admin.PostAsJsonAsync("api/payouts", Plain("REF-1", 10_00), Json);
        using var conflict = await m.Admin.PostAsJsonAsync("api/payouts", Plain("REF-1", 10_01), Json);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        repeated.StatusCode.ShouldBe(HttpStatusCode.OK);
        var first = await created.Content.ReadFromJsonAsync<PayoutCreationDto>(Json);
        var again = await repeated.Content.ReadFromJsonAsync<PayoutCreationDto>(Json);
        again!.Order.Id.ShouldBe(first!.Order.Id);
        again.Created.ShouldBeFalse();
        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await conflict.Content.ReadAsStringAsync()).ShouldContain($"\"{PayoutsErrorCodes.ReferenceConflict}\"");
        (await m.Payouts.GetAsync(first.Order.Id)).Order.AmountMinor.ShouldBe(10_00);
    }

    [Fact]
    public async Task Should_make_one_order_one_line_and_one_channel_payout_from_200_concurrent_requests_with_one_reference()
    {
        var m = await CreatePayoutMerchantAsync();

        // At most 24 requests at once hold a database session, so a shared MariaDB keeps connections for others.
        using var sessions = new SemaphoreSlim(24);
        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () =>
        {
            await sessions.WaitAsync();
            try
            {
                using var response = await m.Admin.PostAsJsonAsync("api/payouts", Plain("RACE-1", 33_00), Json);
                return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
            }
            finally
            {
                sessions.Release();
            }
        })));
        await RunJobsAsync();

        var unexpected = answers.Where(a => a.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK)
                                            && !(a.StatusCode == HttpStatusCode.Conflict && a.Body.Contains(PayoutsErrorCodes.ReferenceInUse))).ToList();
        unexpected.ShouldBeEmpty();
        answers.Count(a => a.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        var orders = (await m.Payouts.GetListAsync(new GetPayoutListInput { MaxResultCount = 200 })).Items;
        var order = orders.ShouldHaveSingleItem();
        order.MerchantReferences.ShouldBe(["RACE-1"]);
        var detail = await m.Payouts.GetAsync(order.Id);
        detail.Lines.ShouldHaveSingleItem();
        detail.Attempts.ShouldHaveSingleItem().State.ShouldBe(PayoutState.Succeeded);

        // The provider's own balance says how often it paid.
        var sync = await new LedgerClientProxy(m.Admin).SyncAsync(m.MerchantChannelId);
        sync.Results.ShouldHaveSingleItem().ProviderAvailableMinor.ShouldBe(1_000_000_00 - 33_00);
        sync.Balances.ShouldHaveSingleItem().PaidOut.ShouldBe(33_00);
    }

    [Fact]
    public async Task Should_replay_the_stored_answer_for_the_same_key_and_body_and_refuse_another_body_under_that_key()
    {
        var m = await CreatePayoutMerchantAsync();

        using var first = await PostWithKeyAsync(m.Admin, "key-1", Plain("IK-1", 20_00));
        using var replay = await PostWithKeyAsync(m.Admin, "key-1", Plain("IK-1", 20_00));
        using var mismatch = await PostWithKeyAsync(m.Admin, "key-1", Plain("IK-2", 20_00));
        using var otherKey = await PostWithKeyAsync(m.Admin, "key-2", Plain("IK-1", 20_00));

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        replay.StatusCode.ShouldBe(HttpStatusCode.Created);
        replay.Headers.GetValues(IdempotencyKeyFilter.ReplayedHeaderName).ShouldBe(["true"]);
        var firstBody = await first.Content.ReadAsStringAsync();
        (await replay.Content.ReadAsStringAsync()).ShouldBe(firstBody);
        mismatch.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await mismatch.Content.ReadAsStringAsync()).ShouldContain($"\"{PayoutsErrorCodes.IdempotencyKeyReused}\"");
        otherKey.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await m.Payouts.GetListAsync(new GetPayoutListInput())).Items.ShouldHaveSingleItem().MerchantReferences.ShouldBe(["IK-1"]);
    }

    [Fact]
    public async Task Should_keep_keys_per_merchant()
    {
        var a = await CreatePayoutMerchantAsync();
        var b = await CreatePayoutMerchantAsync();

        using var byA = await PostWithKeyAsync(a.Admin, "shared-key", Plain("K-A", 1_00));
        using var byB = await PostWithKeyAsync(b.Admin, "shared-key", Plain("K-B", 1_00));

        byA.StatusCode.ShouldBe(HttpStatusCode.Created);
        byB.StatusCode.ShouldBe(HttpStatusCode.Created);
        byB.Headers.Contains(IdempotencyKeyFilter.ReplayedHeaderName).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_let_the_key_go_when_the_request_fails_so_a_corrected_retry_runs()
    {
        var m = await CreatePayoutMerchantAsync();

        using var refused = await PostWithKeyAsync(m.Admin, "retry-key", Plain("bad ref!", 1_00));
        using var invalidKey = await PostWithKeyAsync(m.Admin, new string('k', 129), Plain("OK-1", 1_00));
        using var retried = await PostWithKeyAsync(m.Admin, "retry-key", Plain("OK-1", 1_00));

        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).ShouldContain($"\"{PayoutsErrorCodes.InvalidMerchantReference}\"");
        invalidKey.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await invalidKey.Content.ReadAsStringAsync()).ShouldContain($"\"{PayoutsErrorCodes.InvalidIdempotencyKey}\"");
        retried.StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    private static async Task<HttpResponseMessage> PostWithKeyAsync(HttpClient client, string key, CreatePayoutDto body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/payouts") { Content = JsonContent.Create(body, options: Json) };
        request.Headers.Add(IdempotencyKeyFilter.HeaderName, key);
        return await client.SendAsync(request);
    }
}
