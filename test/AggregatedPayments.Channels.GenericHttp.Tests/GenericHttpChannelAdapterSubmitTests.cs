using System.Net;
using System.Text;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.GenericHttp;

public sealed class GenericHttpChannelAdapterSubmitTests : IDisposable
{
    private readonly GenericHttpAdapterHarness harness = new();

    [Fact]
    public async Task Should_be_accepted_with_the_providers_reference_when_the_provider_pays()
    {
        var stored = harness.Adapter.PrepareSubmit(harness.Instruction(), harness.Context);

        var result = await harness.Adapter.SubmitAsync(stored, harness.Context, CancellationToken.None);

        result.ShouldBe(new SubmitResult.Accepted("P0f8fad5b", ChannelPayoutState.Succeeded));
        harness.Provider.RefusedSignatures.ShouldBe(0);
        harness.Provider.Payouts.ShouldBe(1);
    }

    [Fact]
    public async Task Should_pass_a_definite_failure_code_on_raw_as_refused()
    {
        harness.Provider.AnswerNext(HttpStatusCode.BadRequest, """{"err":{"code":"PAYEE_ACCOUNT_INVALID","msg":"account closed"}}""");
        var stored = harness.Adapter.PrepareSubmit(harness.Instruction(), harness.Context);

        var result = await harness.Adapter.SubmitAsync(stored, harness.Context, CancellationToken.None);

        result.ShouldBe(new SubmitResult.Refused(new ProviderError("PAYEE_ACCOUNT_INVALID", null, "account closed")));
    }

    [Fact]
    public async Task Should_be_unknown_when_the_provider_answers_a_key_clash_with_http_409()
    {
        harness.Provider.AnswerNext(HttpStatusCode.Conflict, """{"err":{"code":"KEY_REUSED","msg":"parameters differ"}}""");
        var stored = harness.Adapter.PrepareSubmit(harness.Instruction(), harness.Context);

        var result = await harness.Adapter.SubmitAsync(stored, harness.Context, CancellationToken.None);

        result.ShouldBeOfType<SubmitResult.Unknown>().Error!.Code.ShouldBe("KEY_REUSED");
    }

    [Fact]
    public async Task Should_be_unknown_when_a_code_configured_as_a_key_clash_comes_with_any_status()
    {
        using var configured = new GenericHttpAdapterHarness(moreParameters: new Dictionary<string, string>
        {
            [GenericHttpParameterNames.DuplicateKeyCodes] = "ORDER_EXISTS, KEY_REUSED",
        });
        configured.Provider.AnswerNext(HttpStatusCode.BadRequest, """{"err":{"code":"KEY_REUSED","msg":"parameters differ"}}""");
        harness.Provider.AnswerNext(HttpStatusCode.BadRequest, """{"err":{"code":"KEY_REUSED","msg":"parameters differ"}}""");

        var clash = await configured.Adapter.SubmitAsync(configured.Adapter.PrepareSubmit(configured.Instruction(), configured.Context), configured.Context, CancellationToken.None);
        var unconfigured = await harness.Adapter.SubmitAsync(harness.Adapter.PrepareSubmit(harness.Instruction(), harness.Context), harness.Context, CancellationToken.None);

        clash.ShouldBeOfType<SubmitResult.Unknown>().Error!.Code.ShouldBe("KEY_REUSED");
        unconfigured.ShouldBeOfType<SubmitResult.Refused>();
    }

    [Fact]
    public async Task Should_be_unknown_when_the_provider_times_out()
    {
        harness.Provider.TimeOutNext();
        var stored = harness.Adapter.PrepareSubmit(harness.Instruction(), harness.Context);

        var result = await harness.Adapter.SubmitAsync(stored, harness.Context, CancellationToken.None);

        result.ShouldBeOfType<SubmitResult.Unknown>().Reason.ShouldContain("in time");
    }

    [Fact]
    public async Task Should_be_unknown_when_the_answers_signature_does_not_verify()
    {
        harness.Provider.AnswerNext(HttpStatusCode.OK, """{"data":{"out_no":"x","state":"SUCCESS"}}""", badSignature: true);
        var stored = harness.Adapter.PrepareSubmit(harness.Instruction(), harness.Context);

        var result = await harness.Adapter.SubmitAsync(stored, harness.Context, CancellationToken.None);

        result.ShouldBeOfType<SubmitResult.Unknown>().Reason.ShouldContain("signature");
    }

    [Fact]
    public async Task Should_be_unknown_when_a_signed_refusal_is_not_signed_with_the_merchants_secret()
    {
        using var wrongSecret = new GenericHttpAdapterHarness(secret: "another-secret");
        var stored = wrongSecret.Adapter.PrepareSubmit(wrongSecret.Instruction(), wrongSecret.Context);

        var result = await wrongSecret.Adapter.SubmitAsync(stored, wrongSecret.Context, CancellationToken.None);

        wrongSecret.Provider.RefusedSignatures.ShouldBe(1);
        result.ShouldBeOfType<SubmitResult.Unknown>();
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.TooManyRequests)]
    public async Task Should_be_unknown_on_a_server_error_or_rate_limit_even_with_an_error_code(HttpStatusCode status)
    {
        harness.Provider.AnswerNext(status, """{"err":{"code":"SYSTEM_BUSY","msg":"try later"}}""");
        var stored = harness.Adapter.PrepareSubmit(harness.Instruction(), harness.Context);

        var result = await harness.Adapter.SubmitAsync(stored, harness.Context, CancellationToken.None);

        result.ShouldBeOfType<SubmitResult.Unknown>();
    }

    [Fact]
    public async Task Should_be_unknown_when_the_answered_amount_differs_from_the_amount_sent()
    {
        var instruction = harness.Instruction(1234);
        harness.Provider.AnswerNext(HttpStatusCode.OK, $$$"""{"data":{"out_no":"{{{instruction.Key}}}","state":"SUCCESS","amt":"12.35"}}""");
        var stored = harness.Adapter.PrepareSubmit(instruction, harness.Context);

        var result = await harness.Adapter.SubmitAsync(stored, harness.Context, CancellationToken.None);

        result.ShouldBeOfType<SubmitResult.Unknown>().Reason.ShouldContain("amount");
    }

    [Fact]
    public async Task Should_be_unknown_when_the_status_is_not_in_the_mapping()
    {
        var instruction = harness.Instruction();
        harness.Provider.AnswerNext(HttpStatusCode.OK, $$$"""{"data":{"out_no":"{{{instruction.Key}}}","state":"ON_HOLD"}}""");
        var stored = harness.Adapter.PrepareSubmit(instruction, harness.Context);

        var result = await harness.Adapter.SubmitAsync(stored, harness.Context, CancellationToken.None);

        result.ShouldBeOfType<SubmitResult.Unknown>();
    }

    [Fact]
    public async Task Should_resend_the_stored_body_byte_for_byte_and_be_paid_once()
    {
        var stored = harness.Adapter.PrepareSubmit(harness.Instruction(), harness.Context);
        harness.Provider.TimeOutNext();
        await harness.Adapter.SubmitAsync(stored, harness.Context, CancellationToken.None);
        harness.Clock.Advance(TimeSpan.FromMinutes(3));

        var result = await harness.Adapter.SubmitAsync(stored, harness.Context, CancellationToken.None);
        var again = await harness.Adapter.SubmitAsync(stored, harness.Context, CancellationToken.None);

        result.ShouldBeOfType<SubmitResult.Accepted>();
        again.ShouldBe(result);
        harness.Provider.Received.Count.ShouldBe(3);
        harness.Provider.Received.ShouldAllBe(b => b.SequenceEqual(stored.Body));
        harness.Provider.Payouts.ShouldBe(1);
        harness.Provider.RefusedSignatures.ShouldBe(0);
    }

    [Fact]
    public void Should_prepare_the_same_body_bytes_for_the_same_instruction_in_a_stable_order()
    {
        var first = harness.Adapter.PrepareSubmit(harness.Instruction(), harness.Context);
        harness.Clock.Advance(TimeSpan.FromHours(1));
        var second = harness.Adapter.PrepareSubmit(harness.Instruction(), harness.Context);

        second.Body.ShouldBe(first.Body);
        Encoding.UTF8.GetString(first.Body).ShouldBe(
            """{"out_no":"0f8fad5bd9cb469fa16570867728950e","amt":"12.34","ccy":"CNY","account_no":"6222020200112233445","account_name":"张三","memo":"工资 1月","notify_url":"https://pay.example/notify/generic"}""");
        first.ContentType.ShouldBe("application/json; charset=utf-8");
    }

    public void Dispose() => harness.Dispose();
}
