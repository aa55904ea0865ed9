using System.Net;
using System.Net.Http.Json;
using Shouldly;
using Xunit;
using AggregatedPayments.ChannelSimulator.Callbacks;

namespace AggregatedPayments.ChannelSimulator.Alipay;

public sealed class AlipayNotifyAndSettleTests : IDisposable
{
    private const string Transfer = "alipay.fund.trans.uni.transfer";
    private const string Query = "alipay.fund.trans.common.query";
    private const string NotifyUrl = "https://merchant.test/alipay/notify";

    private readonly AlipaySimulatorFactory factory = new();
    private readonly AlipayTestClient client;

    public AlipayNotifyAndSettleTests()
    {
        client = new AlipayTestClient(factory.CreateClient());
    }

    public void Dispose() => factory.Dispose();

    [Fact]
    public async Task Should_send_a_signed_order_changed_message_to_the_requests_notify_url()
    {
        var (_, body) = await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("N1", "12.30"), notifyUrl: NotifyUrl);
        var answer = SignedAnswer.Parse(body);

        var message = NotifyMessage.Read((await CallbacksAsync()).ShouldHaveSingleItem());

        message.Item.Channel.ShouldBe("alipay");
        message.Item.Key.ShouldBe("N1");
        message.Item.Target.ShouldBe(new Uri(NotifyUrl));
        message.Item.ContentType.ShouldBe("application/x-www-form-urlencoded; charset=utf-8");
        message.VerifiesWith(await client.AlipayPublicKeyAsync()).ShouldBeTrue();
        message.Fields["msg_method"].ShouldBe("alipay.fund.trans.order.changed");
        message.Fields["app_id"].ShouldBe(AlipayTestClient.AppId);
        message.Fields["version"].ShouldBe("1.1");
        message.Fields["charset"].ShouldBe("utf-8");
        message.Fields["sign_type"].ShouldBe("RSA2");
        message.Fields["notify_id"].ShouldNotBeNullOrEmpty();
        long.Parse(message.Fields["utc_timestamp"], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(1_700_000_000_000);
        message.Biz("out_biz_no").ShouldBe("N1");
        message.Biz("order_id").ShouldBe(answer.Text("order_id"));
        message.Biz("pay_fund_order_id").ShouldBe(answer.Text("pay_fund_order_id"));
        message.Biz("status").ShouldBe("SUCCESS");
        message.Biz("action_type").ShouldBe("FINISH");
        message.Biz("trans_amount").ShouldBe("12.30");
        message.Biz("product_code").ShouldBe("TRANS_ACCOUNT_NO_PWD");
        message.Biz("biz_scene").ShouldBe("DIRECT_TRANSFER");
        message.Biz("pay_date").ShouldNotBeNullOrEmpty();
        message.HasBiz("error_code").ShouldBeFalse();
    }

    [Fact]
    public async Task Should_not_verify_a_message_with_one_changed_byte()
    {
        await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("N2", "1.00"), notifyUrl: NotifyUrl);
        var message = NotifyMessage.Read((await CallbacksAsync()).ShouldHaveSingleItem());

        message.Fields["biz_content"] = message.Fields["biz_content"].Replace("1.00", "9.00", StringComparison.Ordinal);

        message.VerifiesWith(await client.AlipayPublicKeyAsync()).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_send_to_the_apps_configured_target_when_the_request_names_none_and_nowhere_without_one()
    {
        await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("N3", "1.00"));
        var unsubscribed = await CallbacksAsync();
        (await client.Http.PostAsJsonAsync("/_sim/alipay/notify-target", new { appId = AlipayTestClient.AppId, target = "https://merchant.test/gateway" }))
            .EnsureSuccessStatusCode();

        await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("N4", "1.00"));

        unsubscribed.ShouldBeEmpty();
        var item = (await CallbacksAsync()).ShouldHaveSingleItem();
        item.Key.ShouldBe("N4");
        item.Target.ShouldBe(new Uri("https://merchant.test/gateway"));
    }

    [Fact]
    public async Task Should_keep_a_bank_card_transfer_dealing_until_the_bank_settles_it()
    {
        var accepted = SignedAnswer.Parse((await client.CallAsync(Transfer, AlipayTestClient.BankCardBiz("B1", "20.00"), notifyUrl: NotifyUrl)).Body);
        var dealing = SignedAnswer.Parse((await client.CallAsync(Query, AlipayTestClient.QueryBiz("B1", "TRANS_BANKCARD_NO_PWD"))).Body);

        var settle = await SettleAsync("B1", "SUCCESS");
        var settled = SignedAnswer.Parse((await client.CallAsync(Query, AlipayTestClient.QueryBiz("B1", "TRANS_BANKCARD_NO_PWD"))).Body);

        accepted.Text("status").ShouldBe("DEALING");
        dealing.Text("status").ShouldBe("DEALING");
        settle.StatusCode.ShouldBe(HttpStatusCode.OK);
        settled.Text("status").ShouldBe("SUCCESS");
        settled.Text("pay_date").ShouldNotBeNullOrEmpty();
        var messages = (await CallbacksAsync()).Select(NotifyMessage.Read).ToList();
        messages.Select(m => m.Biz("status")).ShouldBe(["DEALING", "SUCCESS"]);
        (await client.PayoutsAsync()).ShouldHaveSingleItem().Key.ShouldBe("B1");
    }

    [Fact]
    public async Task Should_give_the_money_back_when_the_bank_fails_a_transfer_and_say_why()
    {
        await client.CallAsync(Transfer, AlipayTestClient.BankCardBiz("B2", "30.00"), notifyUrl: NotifyUrl);

        await SettleAsync("B2", "FAIL", "PAYEE_CARD_INFO_ERROR");

        var failed = SignedAnswer.Parse((await client.CallAsync(Query, AlipayTestClient.QueryBiz("B2", "TRANS_BANKCARD_NO_PWD"))).Body);
        failed.Text("status").ShouldBe("FAIL");
        failed.Text("error_code").ShouldBe("PAYEE_CARD_INFO_ERROR");
        failed.Text("fail_reason").ShouldNotBeNullOrEmpty();
        var last = NotifyMessage.Read((await CallbacksAsync()).Last());
        last.Biz("status").ShouldBe("FAIL");
        last.Biz("error_code").ShouldBe("PAYEE_CARD_INFO_ERROR");
        var balance = SignedAnswer.Parse((await client.CallAsync("alipay.fund.account.query", "{\"alipay_user_id\":\"2088\"}")).Body);
        balance.Text("available_amount").ShouldBe("100.00");
    }

    [Fact]
    public async Task Should_refund_only_a_transfer_that_succeeded()
    {
        await client.CallAsync(Transfer, AlipayTestClient.BankCardBiz("B3", "5.00"), notifyUrl: NotifyUrl);

        var early = await SettleAsync("B3", "REFUND");
        await SettleAsync("B3", "SUCCESS");
        var refund = await SettleAsync("B3", "REFUND");

        early.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        refund.StatusCode.ShouldBe(HttpStatusCode.OK);
        SignedAnswer.Parse((await client.CallAsync(Query, AlipayTestClient.QueryBiz("B3", "TRANS_BANKCARD_NO_PWD"))).Body)
            .Text("status").ShouldBe("REFUND");
        (await CallbacksAsync()).Select(NotifyMessage.Read).Select(m => m.Biz("status")).ShouldBe(["DEALING", "SUCCESS", "REFUND"]);
    }

    [Fact]
    public async Task Should_not_settle_a_transfer_to_an_alipay_account()
    {
        await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("B4", "5.00"));

        (await SettleAsync("B4", "FAIL")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("notexist-2088", null, "PAYEE_NOT_EXIST")]
    [InlineData("zhangsan@example.com", "mismatch 张三", "PAYEE_USER_INFO_ERROR")]
    public async Task Should_refuse_a_payee_by_its_documented_sub_code_and_pay_nothing(string identity, string? name, string subCode)
    {
        var answer = SignedAnswer.Parse((await client.CallAsync(Transfer, AlipayTestClient.TransferBiz("R1", "1.00", identity, name), notifyUrl: NotifyUrl)).Body);
        var query = SignedAnswer.Parse((await client.CallAsync(Query, AlipayTestClient.QueryBiz("R1"))).Body);

        answer.Text("code").ShouldBe("40004");
        answer.Text("sub_code").ShouldBe(subCode);
        answer.VerifiesWith(await client.AlipayPublicKeyAsync()).ShouldBeTrue();
        query.Text("sub_code").ShouldBe("ORDER_NOT_EXIST");
        (await client.PayoutsAsync()).ShouldBeEmpty();
        (await CallbacksAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_refuse_an_invalid_bank_card_and_pay_nothing()
    {
        var answer = SignedAnswer.Parse((await client.CallAsync(Transfer, AlipayTestClient.BankCardBiz("R2", "1.00", "6222badcard0001"))).Body);

        answer.Text("sub_code").ShouldBe("PAYEE_CARD_INFO_ERROR");
        (await client.PayoutsAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_deliver_a_dealing_message_after_the_success_when_the_out_of_order_knob_fires()
    {
        await client.Http.PostAsJsonAsync("/_sim/callbacks/settings", new { channel = "alipay", outOfOrderPercent = 100, seed = 1 });
        await client.CallAsync(Transfer, AlipayTestClient.BankCardBiz("B5", "5.00"), notifyUrl: NotifyUrl);
        await client.Http.PostAsJsonAsync("/_sim/callbacks/settings", new { channel = "alipay", seed = 1 });

        await SettleAsync("B5", "SUCCESS");

        (await CallbacksAsync()).Select(NotifyMessage.Read).Select(m => m.Biz("status")).ShouldBe(["SUCCESS", "DEALING"]);
    }

    private async Task<HttpResponseMessage> SettleAsync(string outBizNo, string status, string? errorCode = null) =>
        await client.Http.PostAsJsonAsync("/_sim/alipay/settle", new { outBizNo, status, errorCode });

    private async Task<List<CallbackItem>> CallbacksAsync() =>
        (await client.Http.GetFromJsonAsync<List<CallbackItem>>("/_sim/callbacks"))!;
}
