using System.Text.Json;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

public sealed class AlipayChannelAdapterSubmitTests : IDisposable
{
    private readonly AlipayAdapterHarness harness = new();

    private AlipayChannelAdapter Adapter => harness.Adapter;

    private FakeAlipayGateway Gateway => harness.Gateway;

    [Fact]
    public async Task Should_pay_once_and_report_success_with_Alipays_order_id()
    {
        var instruction = harness.Instruction();

        var result = await SubmitAsync(Adapter.PrepareSubmit(instruction, harness.Context));

        result.ShouldBe(new SubmitResult.Accepted("ORDER-" + instruction.Key, ChannelPayoutState.Succeeded));
        Gateway.Paid.ShouldBe(new Dictionary<string, string> { [instruction.Key] = "12.34" });
        Gateway.RefusedSignatures.ShouldBe(0);
    }

    [Fact]
    public async Task Should_report_processing_for_DEALING_and_success_when_the_query_says_SUCCESS()
    {
        var instruction = harness.Instruction();
        Gateway.AnswerNext($$"""{"code":"10000","msg":"Success","out_biz_no":"{{instruction.Key}}","order_id":"O1","status":"DEALING"}""");
        Gateway.AnswerNext($$"""{"code":"10000","msg":"Success","out_biz_no":"{{instruction.Key}}","order_id":"O1","status":"SUCCESS","trans_amount":"12.34","order_fee":"0.02","pay_date":"2025-01-01 10:00:05"}""");

        var submitted = await SubmitAsync(Adapter.PrepareSubmit(instruction, harness.Context));
        var queried = await Adapter.QueryAsync(instruction.Key, instruction.Amount, harness.Context, CancellationToken.None);

        submitted.ShouldBe(new SubmitResult.Accepted("O1", ChannelPayoutState.Processing));
        queried.ShouldBe(new QueryResult.Found(
            ChannelPayoutState.Succeeded, "O1", instruction.Amount, AlipayAdapterHarness.Cny(2), null, new DateTime(2025, 1, 1, 2, 0, 5, DateTimeKind.Utc)));
    }

    [Fact]
    public async Task Should_pass_a_definite_business_refusal_on_raw_for_the_error_dictionary()
    {
        Gateway.AnswerNext("""{"code":"40004","msg":"Business Failed","sub_code":"PAYEE_NOT_EXIST","sub_msg":"收款账号不存在"}""");

        var result = await SubmitAsync(Adapter.PrepareSubmit(harness.Instruction(), harness.Context));

        result.ShouldBe(new SubmitResult.Refused(new ProviderError("40004", "PAYEE_NOT_EXIST", "收款账号不存在")));
    }

    [Fact]
    public async Task Should_report_a_verified_FAIL_status_as_a_failed_transfer()
    {
        Gateway.AnswerNext("""{"code":"10000","msg":"Success","order_id":"O2","status":"FAIL"}""");

        var result = await SubmitAsync(Adapter.PrepareSubmit(harness.Instruction(), harness.Context));

        result.ShouldBe(new SubmitResult.Accepted("O2", ChannelPayoutState.Failed));
    }

    [Fact]
    public async Task Should_report_Unknown_when_the_gateway_does_not_answer_in_time()
    {
        Gateway.TimeOutNext();

        var result = await SubmitAsync(Adapter.PrepareSubmit(harness.Instruction(), harness.Context));

        result.ShouldBeOfType<SubmitResult.Unknown>().Reason.ShouldContain("in time");
    }

    [Theory]
    [InlineData("""{"code":"20000","msg":"Service Currently Unavailable","sub_code":"isp.unknow-error","sub_msg":"系统繁忙"}""")]
    [InlineData("""{"code":"40004","msg":"Business Failed","sub_code":"SYSTEM_ERROR","sub_msg":"系统繁忙"}""")]
    public async Task Should_report_Unknown_when_the_gateway_itself_does_not_know(string node)
    {
        Gateway.AnswerNext(node);

        var result = await SubmitAsync(Adapter.PrepareSubmit(harness.Instruction(), harness.Context));

        var unknown = result.ShouldBeOfType<SubmitResult.Unknown>();
        unknown.Error.ShouldNotBeNull().Code.ShouldBe(JsonDocument.Parse(node).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Should_report_Unknown_for_a_success_answer_whose_signature_does_not_match()
    {
        Gateway.AnswerNextWithBadSignature("""{"code":"10000","msg":"Success","order_id":"O3","status":"SUCCESS"}""");

        var result = await SubmitAsync(Adapter.PrepareSubmit(harness.Instruction(), harness.Context));

        result.ShouldBeOfType<SubmitResult.Unknown>().Reason.ShouldContain("SignatureInvalid");
    }

    [Fact]
    public async Task Should_report_Unknown_when_the_answered_amount_differs_from_the_amount_sent()
    {
        Gateway.AnswerNext("""{"code":"10000","msg":"Success","order_id":"O4","status":"SUCCESS","trans_amount":"12.35"}""");

        var result = await SubmitAsync(Adapter.PrepareSubmit(harness.Instruction(), harness.Context));

        result.ShouldBeOfType<SubmitResult.Unknown>().Reason.ShouldContain("trans_amount");
    }

    [Fact]
    public async Task Should_resend_a_stored_request_byte_for_byte_and_be_paid_once()
    {
        var stored = Adapter.PrepareSubmit(harness.Instruction(), harness.Context);
        Gateway.TimeOutNext();

        var first = await SubmitAsync(stored);
        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        var second = await SubmitAsync(stored);

        first.ShouldBeOfType<SubmitResult.Unknown>();
        second.ShouldBeOfType<SubmitResult.Accepted>().State.ShouldBe(ChannelPayoutState.Succeeded);
        Gateway.Received.Count.ShouldBe(2);
        Gateway.Received[1].ShouldBe(Gateway.Received[0]);
        Gateway.Received[0].ShouldBe(stored.Body);
        Gateway.Paid.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_have_a_request_from_a_signer_with_a_one_byte_bug_refused_by_the_gateway()
    {
        var stored = Adapter.PrepareSubmit(harness.Instruction(), harness.Context);
        var broken = stored with { Body = SignedWithTrailingSpace(stored.Body) };

        var result = await SubmitAsync(broken);

        result.ShouldBe(new SubmitResult.Refused(new ProviderError("40002", "isv.invalid-signature", "验签出错")));
        Gateway.RefusedSignatures.ShouldBe(1);
        Gateway.Paid.ShouldBeEmpty();
    }

    [Fact]
    public void Should_refuse_to_prepare_a_payout_in_another_currency()
    {
        var instruction = harness.Instruction() with { Amount = new ChannelAmount(1234, "USD", 2) };

        Should.Throw<ArgumentException>(() => Adapter.PrepareSubmit(instruction, harness.Context)).Message.ShouldContain("CNY only");
    }

    [Fact]
    public void Should_refuse_a_bank_card_payee_on_the_account_product()
    {
        var instruction = harness.Instruction(payee: new Payee("6222020000000000000", "张三", PayeeAccountType.BankCard));

        Should.Throw<ArgumentException>(() => Adapter.PrepareSubmit(instruction, harness.Context));
    }

    [Fact]
    public void Should_derive_a_valid_out_biz_no_deterministically_from_the_attempt_id()
    {
        var attemptId = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        var key = Adapter.FormatKey(attemptId);

        key.ShouldBe("0f8fad5bd9cb469fa16570867728950e");
        Adapter.FormatKey(attemptId).ShouldBe(key);
        AlipayOutBizNo.IsValid(key).ShouldBeTrue();
    }

    public void Dispose() => harness.Dispose();

    /// <summary>
    /// Re-signs a prepared body as a signer with a one-byte bug would: over the right content plus
    /// a trailing space. Everything else, the sign content rule included, is the real code.
    /// </summary>
    private static byte[] SignedWithTrailingSpace(byte[] body)
    {
        var form = AlipayFormEncoding.Decode(body).Where(p => p.Key != "sign").ToList();
        var content = AlipaySignContent.ForRequest(form.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
        form.Add(new KeyValuePair<string, string>("sign", AlipayTestKeys.Sign(content + " ")));
        return AlipayFormEncoding.Encode(form);
    }

    private Task<SubmitResult> SubmitAsync(StoredRequest stored) => Adapter.SubmitAsync(stored, harness.Context, CancellationToken.None);
}
