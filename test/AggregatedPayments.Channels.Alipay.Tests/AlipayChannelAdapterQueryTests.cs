using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

public sealed class AlipayChannelAdapterQueryTests : IDisposable
{
    private readonly AlipayAdapterHarness harness = new(AlipayProductCodes.ToBankCard);

    [Fact]
    public async Task Should_answer_NotFound_when_Alipay_has_no_transfer_under_the_key()
    {
        var result = await QueryAsync();

        result.ShouldBeOfType<QueryResult.NotFound>();
    }

    [Fact]
    public async Task Should_ask_by_out_biz_no_with_product_code_and_biz_scene()
    {
        await QueryAsync();

        var form = AlipayFormEncoding.Decode(harness.Gateway.Received.Single()).ToDictionary(p => p.Key, p => p.Value);
        form["method"].ShouldBe("alipay.fund.trans.common.query");
        form["biz_content"].ShouldBe(
            $$"""{"out_biz_no":"{{harness.Instruction().Key}}","product_code":"TRANS_BANKCARD_NO_PWD","biz_scene":"DIRECT_TRANSFER"}""");
    }

    [Fact]
    public async Task Should_report_a_bank_card_REFUND_as_returned()
    {
        harness.Gateway.AnswerNext("""{"code":"10000","msg":"Success","order_id":"O5","status":"REFUND","trans_amount":"12.34","pay_date":"2025-01-01 10:00:05"}""");

        var result = await QueryAsync();

        var found = result.ShouldBeOfType<QueryResult.Found>();
        found.State.ShouldBe(ChannelPayoutState.Returned);
        found.Amount.ShouldBe(AlipayAdapterHarness.Cny(1234));
    }

    [Fact]
    public async Task Should_carry_the_failure_code_of_a_failed_transfer()
    {
        harness.Gateway.AnswerNext("""{"code":"10000","msg":"Success","order_id":"O6","status":"FAIL","error_code":"PAYEE_CARD_INFO_ERROR","fail_reason":"收款卡信息有误"}""");

        var result = await QueryAsync();

        var found = result.ShouldBeOfType<QueryResult.Found>();
        found.State.ShouldBe(ChannelPayoutState.Failed);
        found.Failure.ShouldBe(new ProviderError("PAYEE_CARD_INFO_ERROR", null, "收款卡信息有误"));
    }

    [Theory]
    [InlineData("12.35")]
    [InlineData("12.3")]
    public async Task Should_report_Unknown_when_a_success_names_another_amount(string answered)
    {
        harness.Gateway.AnswerNext($$"""{"code":"10000","msg":"Success","order_id":"O7","status":"SUCCESS","trans_amount":"{{answered}}"}""");

        var result = await QueryAsync();

        result.ShouldBeOfType<QueryResult.Unknown>().Reason.ShouldContain("trans_amount");
    }

    [Fact]
    public async Task Should_report_Unknown_for_an_error_other_than_order_not_exist()
    {
        harness.Gateway.AnswerNext("""{"code":"40004","msg":"Business Failed","sub_code":"SYSTEM_ERROR","sub_msg":"系统繁忙"}""");

        var result = await QueryAsync();

        result.ShouldBeOfType<QueryResult.Unknown>().Reason.ShouldContain("SYSTEM_ERROR");
    }

    [Fact]
    public async Task Should_report_Unknown_for_a_NotFound_whose_signature_does_not_match()
    {
        // A forged "not found" would license a resend, so it must be proven like any other answer.
        harness.Gateway.AnswerNextWithBadSignature("""{"code":"40004","msg":"Business Failed","sub_code":"ORDER_NOT_EXIST","sub_msg":"转账订单不存在"}""");

        var result = await QueryAsync();

        result.ShouldBeOfType<QueryResult.Unknown>();
    }

    [Fact]
    public async Task Should_read_the_available_and_frozen_balance()
    {
        harness.Gateway.AnswerNext("""{"code":"10000","msg":"Success","available_amount":"1000.05","freeze_amount":"20.00"}""");

        var result = await harness.Adapter.QueryBalanceAsync("CNY", harness.Context, CancellationToken.None);

        result.ShouldBe(new BalanceResult.Known(AlipayAdapterHarness.Cny(100005), AlipayAdapterHarness.Cny(2000)));
        var form = AlipayFormEncoding.Decode(harness.Gateway.Received.Single()).ToDictionary(p => p.Key, p => p.Value);
        form["biz_content"].ShouldBe($$"""{"alipay_user_id":"{{AlipayAdapterHarness.AlipayUserId}}","account_type":"ACCTRANS_ACCOUNT"}""");
    }

    public void Dispose() => harness.Dispose();

    private Task<QueryResult> QueryAsync()
    {
        var instruction = harness.Instruction();
        return harness.Adapter.QueryAsync(instruction.Key, instruction.Amount, harness.Context, CancellationToken.None);
    }
}
