using System.Globalization;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

public class AlipayAmountTests
{
    [Theory]
    [InlineData(0L, "0.00")]
    [InlineData(1L, "0.01")]
    [InlineData(10L, "0.10")]
    [InlineData(100L, "1.00")]
    [InlineData(123456L, "1234.56")]
    [InlineData(10_000_000_000L, "100000000.00")]
    public void Should_format_minor_units_as_a_yuan_string_with_two_decimals(long fen, string expected)
    {
        AlipayAmount.FormatYuan(fen).ShouldBe(expected);
    }

    [Fact]
    public void Should_format_the_same_under_a_culture_with_a_decimal_comma()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            AlipayAmount.FormatYuan(123456).ShouldBe("1234.56");
            AlipayAmount.ParseYuan("1234.56").ShouldBe(123456);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Should_refuse_to_format_a_negative_amount()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => AlipayAmount.FormatYuan(-1));
    }

    [Theory]
    [InlineData(10L, "0.10")]
    [InlineData(10_000_000_000L, "100000000.00")]
    public void Should_format_transfer_amounts_at_both_edges(long fen, string expected)
    {
        AlipayAmount.FormatTransferAmount(fen).ShouldBe(expected);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(9L)]
    [InlineData(10_000_000_001L)]
    [InlineData(-10L)]
    public void Should_refuse_transfer_amounts_outside_the_product_range(long fen)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => AlipayAmount.FormatTransferAmount(fen));
    }

    [Theory]
    [InlineData("0.00", 0L)]
    [InlineData("0.10", 10L)]
    [InlineData("1.00", 100L)]
    [InlineData("1234.56", 123456L)]
    [InlineData("100000000.00", 10_000_000_000L)]
    [InlineData("999999999999999.99", 99_999_999_999_999_999L)]
    public void Should_parse_canonical_yuan_strings_exactly(string text, long expected)
    {
        AlipayAmount.TryParseYuan(text, out var fen).ShouldBeTrue();
        fen.ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("1.2")]
    [InlineData("1.234")]
    [InlineData("-1.00")]
    [InlineData("+1.00")]
    [InlineData("1e3")]
    [InlineData("1.0e")]
    [InlineData(" 1.00")]
    [InlineData("1.00 ")]
    [InlineData("1 .00")]
    [InlineData(".50")]
    [InlineData("01.00")]
    [InlineData("1,00")]
    [InlineData("1,000.00")]
    [InlineData("１.００")]
    [InlineData("1.0٠")]
    [InlineData("NaN")]
    [InlineData("1000000000000000.00")]
    public void Should_refuse_anything_but_the_canonical_form(string? text)
    {
        AlipayAmount.TryParseYuan(text, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => AlipayAmount.ParseYuan(text));
    }

    [Theory]
    [InlineData("12.34", 1234L, true)]
    [InlineData("12.35", 1234L, false)]
    [InlineData("12.3", 1230L, false)]
    [InlineData("012.34", 1234L, false)]
    [InlineData(null, 0L, false)]
    public void Should_match_an_answered_amount_only_when_it_names_the_requested_minor_units(string? answered, long requested, bool matches)
    {
        AlipayAmount.AnsweredAmountMatches(answered, requested).ShouldBe(matches);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(10L)]
    [InlineData(99L)]
    [InlineData(100L)]
    [InlineData(987654321L)]
    [InlineData(10_000_000_000L)]
    public void Should_round_trip_minor_units_through_the_yuan_string(long fen)
    {
        AlipayAmount.ParseYuan(AlipayAmount.FormatYuan(fen)).ShouldBe(fen);
    }
}
