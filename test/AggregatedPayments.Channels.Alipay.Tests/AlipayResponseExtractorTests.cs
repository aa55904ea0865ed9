using System.Text;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

public class AlipayResponseExtractorTests
{
    private const string Method = "alipay.fund.trans.uni.transfer";
    private const string Root = "alipay_fund_trans_uni_transfer_response";

    private const string SuccessContent =
        "{\"code\":\"10000\",\"msg\":\"Success\",\"out_biz_no\":\"P20250101-0001\",\"order_id\":\"20250101110070000006210000000001\","
        + "\"pay_fund_order_id\":\"20250101110070001506210000000001\",\"status\":\"SUCCESS\",\"trans_date\":\"2025-01-01 01:30:05\"}";

    private readonly AlipayResponseExtractor extractor = new(AlipayTestKeys.Verifier());

    [Fact]
    public void Should_verify_the_exact_node_text_of_a_signed_answer()
    {
        var body = $"{{\"{Root}\":{SuccessContent},\"sign\":\"{AlipayTestKeys.Sign(SuccessContent)}\"}}";

        var result = extractor.Extract(Method, body);

        result.Outcome.ShouldBe(AlipayResponseOutcome.Verified);
        result.RootNode.ShouldBe(Root);
        result.IsErrorResponse.ShouldBeFalse();
        result.Content.ShouldBe(SuccessContent);
        using var document = result.ParseVerifiedContent();
        document.RootElement.GetProperty("status").GetString().ShouldBe("SUCCESS");
    }

    [Fact]
    public void Should_cut_the_node_out_exactly_when_strings_hold_braces_quotes_escapes_and_other_scripts()
    {
        // Every trap for a naive brace counter, kept as sent: \" and \\ escapes, braces in strings,
        // a \u escape that a re-serializer would rewrite, a nested object and Chinese text.
        const string content =
            "{\"code\":\"10000\",\"msg\":\"Success\",\"remark\":\"a}b{c\\\"}{\\\\\",\"note\":\"\\u4e2d{\","
            + "\"nested\":{\"x\":[1,{\"y\":\"}\"}]},\"order_title\":\"工资 发放\"}";
        var body = $"{{ \"{Root}\" : {content} ,\"sign\":\"{AlipayTestKeys.Sign(content)}\"}}";

        var result = extractor.Extract(Method, body);

        result.Outcome.ShouldBe(AlipayResponseOutcome.Verified);
        result.Content.ShouldBe(content);
    }

    [Fact]
    public void Should_verify_the_signature_from_either_side_of_the_node()
    {
        var body = $"{{\"sign\":\"{AlipayTestKeys.Sign(SuccessContent)}\",\"{Root}\":{SuccessContent}}}";

        extractor.Extract(Method, body).Outcome.ShouldBe(AlipayResponseOutcome.Verified);
    }

    [Fact]
    public void Should_read_a_sign_value_whose_slashes_are_escaped()
    {
        var sign = AlipayTestKeys.Sign(SuccessContent);
        sign.ShouldContain("/");
        var body = $"{{\"{Root}\":{SuccessContent},\"sign\":\"{sign.Replace("/", "\\/", StringComparison.Ordinal)}\"}}";

        extractor.Extract(Method, body).Outcome.ShouldBe(AlipayResponseOutcome.Verified);
    }

    [Fact]
    public void Should_retry_once_with_escaped_slashes_read_as_slashes()
    {
        const string signed = "{\"code\":\"10000\",\"msg\":\"Success\",\"bill_download_url\":\"https://dwbillcenter.alipay.com/downloadBillFile.resource?x=1\"}";
        var escaped = signed.Replace("/", "\\/", StringComparison.Ordinal);
        var body = $"{{\"alipay_data_dataservice_bill_downloadurl_query_response\":{escaped},\"sign\":\"{AlipayTestKeys.Sign(signed)}\"}}";

        var result = extractor.Extract("alipay.data.dataservice.bill.downloadurl.query", body);

        result.Outcome.ShouldBe(AlipayResponseOutcome.Verified);
        result.Content.ShouldBe(escaped);
    }

    [Fact]
    public void Should_not_verify_escaped_slashes_when_the_signature_was_over_something_else()
    {
        const string signed = "{\"code\":\"10000\",\"msg\":\"Success\",\"bill_download_url\":\"https://a/b\"}";
        var tampered = "{\"code\":\"10000\",\"msg\":\"Success\",\"bill_download_url\":\"https:\\/\\/a\\/c\"}";
        var body = $"{{\"alipay_data_dataservice_bill_downloadurl_query_response\":{tampered},\"sign\":\"{AlipayTestKeys.Sign(signed)}\"}}";

        extractor.Extract("alipay.data.dataservice.bill.downloadurl.query", body).Outcome.ShouldBe(AlipayResponseOutcome.SignatureInvalid);
    }

    [Fact]
    public void Should_reject_an_answer_with_one_byte_of_the_node_changed()
    {
        var body = $"{{\"{Root}\":{SuccessContent},\"sign\":\"{AlipayTestKeys.Sign(SuccessContent)}\"}}";
        var tampered = body.Replace("P20250101-0001", "P20250101-0002", StringComparison.Ordinal);

        extractor.Extract(Method, tampered).Outcome.ShouldBe(AlipayResponseOutcome.SignatureInvalid);
    }

    [Fact]
    public void Should_reject_an_answer_with_one_byte_of_the_signature_changed()
    {
        var signature = Convert.FromBase64String(AlipayTestKeys.Sign(SuccessContent));
        signature[0] ^= 0x01;
        var body = $"{{\"{Root}\":{SuccessContent},\"sign\":\"{Convert.ToBase64String(signature)}\"}}";

        var result = extractor.Extract(Method, body);

        result.Outcome.ShouldBe(AlipayResponseOutcome.SignatureInvalid);
        Should.Throw<InvalidOperationException>(() => result.ParseVerifiedContent());
    }

    [Fact]
    public void Should_reject_a_signature_made_over_reserialized_text()
    {
        // Alipay signs the text as sent; pretty-printing the node changes the bytes, so the same
        // signature must not match it.
        const string pretty = "{ \"code\": \"10000\", \"msg\": \"Success\" }";
        var body = $"{{\"{Root}\":{pretty},\"sign\":\"{AlipayTestKeys.Sign("{\"code\":\"10000\",\"msg\":\"Success\"}")}\"}}";

        extractor.Extract(Method, body).Outcome.ShouldBe(AlipayResponseOutcome.SignatureInvalid);
    }

    [Fact]
    public void Should_verify_a_signed_error_response()
    {
        const string content = "{\"code\":\"40002\",\"msg\":\"Invalid Arguments\",\"sub_code\":\"isv.invalid-app-id\",\"sub_msg\":\"无效的AppID参数\"}";
        var body = $"{{\"error_response\":{content},\"sign\":\"{AlipayTestKeys.Sign(content)}\"}}";

        var result = extractor.Extract(Method, body);

        result.Outcome.ShouldBe(AlipayResponseOutcome.Verified);
        result.IsErrorResponse.ShouldBeTrue();
        result.Content.ShouldBe(content);
    }

    [Fact]
    public void Should_flag_an_unsigned_error_response()
    {
        const string content = "{\"code\":\"40002\",\"msg\":\"Invalid Arguments\",\"sub_code\":\"isv.invalid-signature\"}";

        var result = extractor.Extract(Method, $"{{\"error_response\":{content}}}");

        result.Outcome.ShouldBe(AlipayResponseOutcome.UnsignedError);
        result.IsErrorResponse.ShouldBeTrue();
        result.Content.ShouldBe(content);
        Should.Throw<InvalidOperationException>(() => result.ParseVerifiedContent());
    }

    [Fact]
    public void Should_flag_an_unsigned_business_failure_in_the_method_node()
    {
        const string content = "{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"SYSTEM_ERROR\"}";

        extractor.Extract(Method, $"{{\"{Root}\":{content}}}").Outcome.ShouldBe(AlipayResponseOutcome.UnsignedError);
    }

    [Fact]
    public void Should_treat_an_unsigned_success_as_an_invalid_signature()
    {
        extractor.Extract(Method, $"{{\"{Root}\":{SuccessContent}}}").Outcome.ShouldBe(AlipayResponseOutcome.SignatureInvalid);
    }

    [Fact]
    public void Should_reject_a_body_that_repeats_the_response_node()
    {
        // The signed node first, then a forged copy a last-wins JSON parser would read.
        const string forged = "{\"code\":\"10000\",\"msg\":\"Success\",\"out_biz_no\":\"P20250101-0001\",\"status\":\"SUCCESS\",\"order_id\":\"forged\"}";
        var body = $"{{\"{Root}\":{SuccessContent},\"sign\":\"{AlipayTestKeys.Sign(SuccessContent)}\",\"{Root}\":{forged}}}";

        var result = extractor.Extract(Method, body);

        result.Outcome.ShouldBe(AlipayResponseOutcome.DuplicateRootNode);
        result.Content.ShouldBeNull();
    }

    [Fact]
    public void Should_find_the_node_by_structure_not_by_its_name_inside_a_string()
    {
        var body = $"{{\"note\":\"{Root}\",\"{Root}\":{SuccessContent},\"sign\":\"{AlipayTestKeys.Sign(SuccessContent)}\"}}";

        var result = extractor.Extract(Method, body);

        result.Outcome.ShouldBe(AlipayResponseOutcome.Verified);
        result.Content.ShouldBe(SuccessContent);
    }

    [Fact]
    public void Should_ignore_another_methods_node()
    {
        var body = $"{{\"alipay_fund_trans_common_query_response\":{SuccessContent},\"sign\":\"{AlipayTestKeys.Sign(SuccessContent)}\"}}";

        extractor.Extract(Method, body).Outcome.ShouldBe(AlipayResponseOutcome.Malformed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>502 Bad Gateway</html>")]
    [InlineData("[]")]
    [InlineData("{\"alipay_fund_trans_uni_transfer_response\":{\"code\":\"10000\"}")]
    [InlineData("{\"alipay_fund_trans_uni_transfer_response\":{\"code\":\"10000\"},\"sign\":\"x\"} trailing")]
    [InlineData("{\"alipay_fund_trans_uni_transfer_response\":\"ZW5jcnlwdGVk\",\"sign\":\"x\"}")]
    [InlineData("{\"alipay_fund_trans_uni_transfer_response\":{\"code\":\"10000\"},\"sign\":\"x\",\"sign\":\"y\"}")]
    [InlineData("{\"alipay_fund_trans_uni_transfer_response\":{\"code\":\"10000\"},\"sign\":null}")]
    [InlineData("{\"alipay_fund_trans_uni_transfer_response\":{\"code\":\"10000\",},\"sign\":\"x\"}")]
    public void Should_call_a_body_malformed_when_it_is_not_one_well_formed_answer(string body)
    {
        extractor.Extract(Method, body).Outcome.ShouldBe(AlipayResponseOutcome.Malformed);
    }

    [Fact]
    public void Should_call_a_body_that_is_not_UTF_8_malformed()
    {
        var body = Encoding.UTF8.GetBytes($"{{\"{Root}\":{{\"code\":\"10000\",\"msg\":\"X\"}},\"sign\":\"x\"}}");
        body[Array.IndexOf(body, (byte)'X')] = 0xFF; // inside a string: still well-formed JSON, no longer UTF-8

        extractor.Extract(Method, body).Outcome.ShouldBe(AlipayResponseOutcome.Malformed);
    }

    [Theory]
    [InlineData("")]
    [InlineData("alipay")]
    [InlineData("Alipay.Fund.Trans")]
    [InlineData("alipay..transfer")]
    [InlineData("alipay.fund trans")]
    public void Should_refuse_a_method_name_that_is_not_one(string method)
    {
        Should.Throw<ArgumentException>(() => extractor.Extract(method, "{}"));
    }
}
