using System.Text;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

public class AlipayFormEncodingTests
{
    [Fact]
    public void Should_encode_reserved_characters_spaces_and_UTF_8_deterministically()
    {
        var body = AlipayFormEncoding.Encode(
        [
            new("biz_content", "{\"a\":\"x y/中\"}"),
            new("sign", "ab+c/d=="),
            new("safe", "Az09*-._"),
        ]);

        Encoding.ASCII.GetString(body).ShouldBe(
            "biz_content=%7B%22a%22%3A%22x+y%2F%E4%B8%AD%22%7D&sign=ab%2Bc%2Fd%3D%3D&safe=Az09*-._");
    }

    [Fact]
    public void Should_decode_what_it_encodes()
    {
        KeyValuePair<string, string>[] pairs =
        [
            new("timestamp", "2025-01-01 01:30:05"),
            new("biz_content", "{\"remark\":\"a&b=c+d%\"}"),
            new("empty", ""),
        ];

        AlipayFormEncoding.Decode(AlipayFormEncoding.Encode(pairs)).ShouldBe(pairs);
    }

    [Fact]
    public void Should_decode_lower_case_hex_and_skip_empty_segments()
    {
        var decoded = AlipayFormEncoding.Decode("a=%e4%b8%ad&&b=1+2&"u8);

        decoded.ShouldBe([new("a", "中"), new("b", "1 2")]);
    }

    [Theory]
    [InlineData("a=1&a=2")]
    [InlineData("=1")]
    [InlineData("a=%zz")]
    [InlineData("a=%4")]
    [InlineData("a=%")]
    [InlineData("a=%FF")]
    public void Should_refuse_a_malformed_or_ambiguous_form(string body)
    {
        Should.Throw<FormatException>(() => AlipayFormEncoding.Decode(Encoding.ASCII.GetBytes(body)));
    }
}
