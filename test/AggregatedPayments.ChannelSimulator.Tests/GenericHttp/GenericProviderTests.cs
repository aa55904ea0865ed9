using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Xunit;

namespace AggregatedPayments.ChannelSimulator.GenericHttp;

public sealed class GenericProviderTests : IDisposable
{
    private const string Payout = "/generic/payout";
    private const string Query = "/generic/query";

    private readonly GenericSimulatorFactory factory = new();
    private readonly GenericTestClient client;

    public GenericProviderTests()
    {
        client = new GenericTestClient(factory.CreateClient());
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Should_pay_once_and_answer_an_identical_resend_with_the_first_answer_signed()
    {
        var first = await client.CallAsync(Payout, GenericTestClient.PayoutBody("K1", "12.30"));
        var again = await client.CallAsync(Payout, GenericTestClient.PayoutBody("K1", "12.30"));

        first.Status.ShouldBe(HttpStatusCode.OK);
        first.Verified.ShouldBeTrue();
        first.Result("state").ShouldBe("ok");
        first.Result("pay_amount").ShouldBe("12.30");
        again.Body.ShouldBe(first.Body);
        again.Verified.ShouldBeTrue();
        var payout = (await client.PayoutsAsync()).ShouldHaveSingleItem();
        (payout.Channel, payout.Key, payout.Amount, payout.OrderId).ShouldBe(("generic", "K1", "12.30", first.Result("txn_id")));
        (await client.BalanceAsync()).GetProperty("available_balance").GetString().ShouldBe("87.70");
    }

    [Fact]
    public async Task Should_refuse_a_changed_resend_under_the_same_key_and_pay_nothing_more()
    {
        await client.CallAsync(Payout, GenericTestClient.PayoutBody("K1", "12.30"));

        var changed = await client.CallAsync(Payout, GenericTestClient.PayoutBody("K1", "12.31"));

        changed.Status.ShouldBe(HttpStatusCode.Conflict);
        changed.ErrorCode.ShouldBe("DUPLICATE_ORDER_REF");
        changed.Verified.ShouldBeTrue();
        (await client.PayoutsAsync()).ShouldHaveSingleItem().Amount.ShouldBe("12.30");
    }

    [Fact]
    public async Task Should_refuse_any_resend_past_the_idempotency_window_and_pay_nothing_more()
    {
        await client.CallAsync(Payout, GenericTestClient.PayoutBody("K1", "12.30"));
        using var advance = await client.Http.PostAsJsonAsync("/_sim/clock/advance", new { seconds = 25 * 3600 });
        advance.EnsureSuccessStatusCode();
        var later = DateTimeOffset.UtcNow.AddHours(25).ToUnixTimeSeconds();

        var resent = await client.CallAsync(Payout, GenericTestClient.PayoutBody("K1", "12.30"), timestamp: later);
        var query = await client.CallAsync(Query, """{"order_ref":"K1"}""", timestamp: later);

        resent.Status.ShouldBe(HttpStatusCode.Conflict);
        resent.ErrorCode.ShouldBe("ORDER_REF_EXPIRED");
        query.Result("state").ShouldBe("ok");
        (await client.PayoutsAsync()).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Should_refuse_a_wrong_signature_or_a_stale_timestamp_signed_and_pay_nothing()
    {
        var wrongSecret = await client.CallAsync(Payout, GenericTestClient.PayoutBody("K1", "1.00"), secret: GenericSimulatorFactory.Secret + "x");
        var stale = await client.CallAsync(Payout, GenericTestClient.PayoutBody("K2", "1.00"), timestamp: DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds());
        var otherMerchant = await client.CallAsync(
            Payout, GenericTestClient.PayoutBody("K3", "1.00"), merchant: GenericSimulatorFactory.OtherMerchant, secret: GenericSimulatorFactory.Secret);

        wrongSecret.Status.ShouldBe(HttpStatusCode.Unauthorized);
        wrongSecret.Body.ShouldContain("SIGNATURE_INVALID");
        stale.ErrorCode.ShouldBe("TIMESTAMP_EXPIRED");
        stale.Verified.ShouldBeTrue();
        otherMerchant.Body.ShouldContain("SIGNATURE_INVALID");
        (await client.PayoutsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_by_payee_rule_with_the_providers_code_and_know_nothing_of_the_key()
    {
        var closed = await client.CallAsync(Payout, GenericTestClient.PayoutBody("K1", "1.00", account: "6222000000000001"));
        var mismatch = await client.CallAsync(Payout, GenericTestClient.PayoutBody("K2", "1.00", account: "6222000000000002"));
        var tooMuch = await client.CallAsync(Payout, GenericTestClient.PayoutBody("K3", "100.01"));
        var query = await client.CallAsync(Query, """{"order_ref":"K1"}""");

        closed.Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        closed.ErrorCode.ShouldBe("BENEFICIARY_ACCOUNT_CLOSED");
        closed.Verified.ShouldBeTrue();
        mismatch.ErrorCode.ShouldBe("BENEFICIARY_NAME_MISMATCH");
        tooMuch.ErrorCode.ShouldBe("INSUFFICIENT_FUNDS");
        query.Status.ShouldBe(HttpStatusCode.NotFound);
        query.ErrorCode.ShouldBe("ORDER_NOT_FOUND");
        query.Verified.ShouldBeTrue();
        (await client.PayoutsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_hold_a_pending_payout_until_settled_and_book_a_return_after_success()
    {
        var pending = await client.CallAsync(Payout, GenericTestClient.PayoutBody("K9", "10.00", account: "6222000000000009"));
        var frozen = await client.BalanceAsync();
        (await client.PayoutsAsync()).ShouldBeEmpty();

        (await client.SettleAsync("K9", "ok")).ShouldBe(HttpStatusCode.NoContent);
        var paid = await client.CallAsync(Query, """{"order_ref":"K9"}""");
        (await client.SettleAsync("K9", "returned")).ShouldBe(HttpStatusCode.NoContent);
        var returned = await client.CallAsync(Query, """{"order_ref":"K9"}""");

        pending.Result("state").ShouldBe("pending");
        (frozen.GetProperty("available_balance").GetString(), frozen.GetProperty("frozen_balance").GetString()).ShouldBe(("90.00", "10.00"));
        paid.Result("state").ShouldBe("ok");
        returned.Result("state").ShouldBe("returned");
        returned.ErrorCode.ShouldBe("RETURNED_BY_BENEFICIARY_BANK");
        (await client.PayoutsAsync()).ShouldHaveSingleItem().Key.ShouldBe("K9");
        (await client.BalanceAsync()).GetProperty("available_balance").GetString().ShouldBe("100.00");
        (await client.SettleAsync("K9", "ok")).ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Should_apply_the_lost_answer_knob_after_paying()
    {
        using var knob = await client.Http.PostAsJsonAsync("/_sim/faults", new { path = Payout, lostAnswerPercent = 100 });
        knob.EnsureSuccessStatusCode();

        var lost = await client.CallAsync(Payout, GenericTestClient.PayoutBody("K1", "5.00"));

        lost.Status.ShouldBe(HttpStatusCode.BadGateway);
        (await client.CallAsync(Query, """{"order_ref":"K1"}""")).Result("state").ShouldBe("ok");
        (await client.PayoutsAsync()).ShouldHaveSingleItem();
    }

    [Fact]
    public async Task Should_clear_the_generic_books_on_the_simulator_reset()
    {
        await client.CallAsync(Payout, GenericTestClient.PayoutBody("K1", "5.00"));

        using var reset = await client.Http.PostAsync("/_sim/reset", null);
        var query = await client.CallAsync(Query, """{"order_ref":"K1"}""");

        reset.EnsureSuccessStatusCode();
        query.Status.ShouldBe(HttpStatusCode.NotFound);
        (await client.BalanceAsync()).GetProperty("available_balance").GetString().ShouldBe("100.00");
    }
}
