using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using AggregatedPayments.ChannelSimulator.Signing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.ChannelSimulator.Alipay;

public sealed class AlipayGatewayTests : IDisposable
{
    private const string Transfer = "alipay.fund.trans.uni.transfer";
    private const string Query = "alipay.fund.trans.common.query";

    private readonly AlipaySimulatorFactory factory = new();
    private readonly AlipayTestClient client;

    public AlipayGatewayTests()
    {
        client = new AlipayTestClient(factory.CreateClient());
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public void Should_verify_the_signature_alipays_sdk_made_over_the_vector_sign_content()
    {
        using var certificate = X509Certificate2.CreateFromPem(SimulatorTestVectors.Instance.CertificatePem);
        using var key = certificate.GetRSAPublicKey()!;

        Rsa2.Verify(key, SimulatorTestVectors.Instance.Rsa2SignContent, SimulatorTestVectors.Instance.Rsa2Sign).ShouldBeTrue();
        Rsa2.Verify(key, SimulatorTestVectors.Instance.Rsa2SignContent + "x", SimulatorTestVectors.Instance.Rsa2Sign).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_pay_a_signed_transfer_once_and_answer_signed_by_alipay()
    {
        var (response, body) = await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("K1", "12.30"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var answer = SignedAnswer.Parse(body);
        answer.Node.ShouldBe("alipay_fund_trans_uni_transfer_response");
        answer.Text("code").ShouldBe("10000");
        answer.Text("status").ShouldBe("SUCCESS");
        answer.Text("out_biz_no").ShouldBe("K1");
        answer.Text("order_id").ShouldNotBeNullOrEmpty();
        answer.VerifiesWith(await client.AlipayPublicKeyAsync()).ShouldBeTrue();

        var payout = (await client.PayoutsAsync()).ShouldHaveSingleItem();
        payout.Key.ShouldBe("K1");
        payout.Amount.ShouldBe("12.30");
        payout.OrderId.ShouldBe(answer.Text("order_id"));
    }

    [Fact]
    public async Task Should_not_verify_an_answer_against_altered_node_text()
    {
        var (_, body) = await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("K1", "12.30"));
        var answer = SignedAnswer.Parse(body);

        (answer with { NodeText = answer.NodeText.Replace("12", "13", StringComparison.Ordinal) + " " })
            .VerifiesWith(await client.AlipayPublicKeyAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_answer_an_identical_resend_the_same_without_paying_again()
    {
        var (_, first) = await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("K2", "5.00"));
        var (_, second) = await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("K2", "5.00"));

        second.ShouldBe(first);
        (await client.PayoutsAsync()).Count(p => p.Key == "K2").ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_a_resend_with_a_different_amount_under_the_same_key()
    {
        await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("K3", "5.00"));

        var (_, body) = await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("K3", "6.00"));

        var answer = SignedAnswer.Parse(body);
        answer.Text("code").ShouldBe("40004");
        answer.Text("sub_code").ShouldBe("PAYMENT_INFO_INCONSISTENCY");
        answer.VerifiesWith(await client.AlipayPublicKeyAsync()).ShouldBeTrue();
        (await client.PayoutsAsync()).ShouldHaveSingleItem().Amount.ShouldBe("5.00");
    }

    [Fact]
    public async Task Should_refuse_a_bad_signature_with_a_signed_40002_and_pay_nothing()
    {
        var (_, body) = await client.CallAsync(
            Transfer, AlipayTestClient.TransferBiz("K4", "1.00"), sign => (sign[0] == 'A' ? "B" : "A") + sign[1..]);

        var answer = SignedAnswer.Parse(body);
        answer.Node.ShouldBe("error_response");
        answer.Text("code").ShouldBe("40002");
        answer.Text("sub_code").ShouldBe("isv.invalid-signature");
        answer.VerifiesWith(await client.AlipayPublicKeyAsync()).ShouldBeTrue();
        (await client.PayoutsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_a_transfer_above_the_balance()
    {
        var (_, body) = await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("K5", "100.01"));

        var answer = SignedAnswer.Parse(body);
        answer.Text("code").ShouldBe("40004");
        answer.Text("sub_code").ShouldBe("PAYER_BALANCE_NOT_ENOUGH");
        (await client.PayoutsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_find_a_paid_transfer_and_not_an_unknown_key()
    {
        await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("K6", "7.50"));

        var found = SignedAnswer.Parse((await client.CallAsync(Query, AlipayTestClient.QueryBiz("K6"))).Body);
        var missing = SignedAnswer.Parse((await client.CallAsync(Query, AlipayTestClient.QueryBiz("never-used"))).Body);

        found.Node.ShouldBe("alipay_fund_trans_common_query_response");
        found.Text("code").ShouldBe("10000");
        found.Text("status").ShouldBe("SUCCESS");
        found.Text("trans_amount").ShouldBe("7.50");
        found.Text("out_biz_no").ShouldBe("K6");
        missing.Text("code").ShouldBe("40004");
        missing.Text("sub_code").ShouldBe("ORDER_NOT_EXIST");
        missing.VerifiesWith(await client.AlipayPublicKeyAsync()).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_report_the_balance_left_after_a_payout()
    {
        await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("K7", "40.00"));

        var answer = SignedAnswer.Parse((await client.CallAsync("alipay.fund.account.query", "{\"alipay_user_id\":\"2088\"}")).Body);

        answer.Text("code").ShouldBe("10000");
        answer.Text("available_amount").ShouldBe("60.00");
        answer.Text("freeze_amount").ShouldBe("0.00");
    }

    [Fact]
    public async Task Should_pay_but_lose_the_answer_and_let_a_later_query_find_the_payout()
    {
        await SetFaultsAsync(new { path = "/alipay/gateway.do", lostAnswerPercent = 100, seed = 7 });

        var (response, body) = await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("K8", "3.00"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadGateway);
        body.ShouldBeEmpty();
        (await client.PayoutsAsync()).ShouldHaveSingleItem().Key.ShouldBe("K8");

        await SetFaultsAsync(new { path = "/alipay/gateway.do", seed = 7 });
        var found = SignedAnswer.Parse((await client.CallAsync(Query, AlipayTestClient.QueryBiz("K8"))).Body);
        found.Text("status").ShouldBe("SUCCESS");
        found.Text("trans_amount").ShouldBe("3.00");
    }

    [Fact]
    public async Task Should_pay_and_then_drop_the_connection_when_success_after_timeout_fires()
    {
        await SetFaultsAsync(new { path = "/alipay/gateway.do", successAfterTimeoutPercent = 100, timeoutHangMs = 0, seed = 5 });

        await Should.ThrowAsync<Exception>(() => client.CallAsync(Transfer, AlipayTestClient.TransferBiz("K10", "2.00")));

        (await client.PayoutsAsync()).ShouldHaveSingleItem().Key.ShouldBe("K10");
    }

    [Fact]
    public async Task Should_hold_the_answer_past_the_clients_timeout_after_paying()
    {
        await SetFaultsAsync(new { path = "/alipay/gateway.do", successAfterTimeoutPercent = 100, seed = 5 });
        var impatient = factory.CreateClient();
        impatient.Timeout = TimeSpan.FromMilliseconds(300);

        await Should.ThrowAsync<TaskCanceledException>(() => new AlipayTestClient(impatient).CallAsync(Transfer, AlipayTestClient.TransferBiz("K11", "2.00")));

        (await client.PayoutsAsync()).ShouldHaveSingleItem().Key.ShouldBe("K11");
    }

    [Fact]
    public async Task Should_refuse_a_success_after_timeout_share_that_overflows_the_roll()
    {
        var response = await client.Http.PostAsJsonAsync("/_sim/faults", new { path = "/alipay/gateway.do", lostAnswerPercent = 60, successAfterTimeoutPercent = 41 });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Should_answer_20000_without_paying_when_the_error_knob_fires()
    {
        await SetFaultsAsync(new { path = "/alipay/gateway.do", errorRatePercent = 100, seed = 1 });

        var answer = SignedAnswer.Parse((await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("K9", "1.00"))).Body);

        answer.Text("code").ShouldBe("20000");
        (await client.PayoutsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_draw_the_same_faults_for_the_same_seed()
    {
        async Task<List<string>> Codes()
        {
            (await client.Http.PostAsync("/_sim/reset", null)).EnsureSuccessStatusCode();
            await SetFaultsAsync(new { path = "/alipay/gateway.do", errorRatePercent = 50, seed = 42 });
            var codes = new List<string>();
            for (var i = 0; i < 12; i++)
            {
                codes.Add(SignedAnswer.Parse((await client.CallAsync(Query, AlipayTestClient.QueryBiz("none"))).Body).Text("code")!);
            }

            return codes;
        }

        var first = await Codes();
        var second = await Codes();

        second.ShouldBe(first);
        first.ShouldContain("20000");
        first.ShouldContain("40004");
    }

    [Fact]
    public async Task Should_refuse_knobs_that_add_up_to_more_than_everything()
    {
        var response = await client.Http.PostAsJsonAsync("/_sim/faults", new { path = "/alipay/gateway.do", errorRatePercent = 60, lostAnswerPercent = 60 });

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    private async Task SetFaultsAsync(object settings) =>
        (await client.Http.PostAsJsonAsync("/_sim/faults", settings)).EnsureSuccessStatusCode();
}
