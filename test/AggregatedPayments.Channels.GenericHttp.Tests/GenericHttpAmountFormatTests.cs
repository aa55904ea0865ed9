using System.Text;
using System.Text.Json;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.GenericHttp;

public sealed class GenericHttpAmountFormatTests
{
    [Fact]
    public async Task Should_send_and_read_back_minor_units_as_a_json_integer()
    {
        using var harness = new GenericHttpAdapterHarness(GenericHttpAmountFormat.MinorInteger);
        var stored = harness.Adapter.PrepareSubmit(harness.Instruction(1234), harness.Context);

        var result = await harness.Adapter.SubmitAsync(stored, harness.Context, CancellationToken.None);

        Encoding.UTF8.GetString(stored.Body).ShouldContain("\"amt\":1234,");
        result.ShouldBeOfType<SubmitResult.Accepted>();
    }

    [Fact]
    public async Task Should_send_and_read_back_a_decimal_string()
    {
        using var harness = new GenericHttpAdapterHarness(GenericHttpAmountFormat.DecimalString);
        var stored = harness.Adapter.PrepareSubmit(harness.Instruction(5), harness.Context);

        var result = await harness.Adapter.SubmitAsync(stored, harness.Context, CancellationToken.None);

        Encoding.UTF8.GetString(stored.Body).ShouldContain("\"amt\":\"0.05\",");
        result.ShouldBeOfType<SubmitResult.Accepted>();
    }

    [Theory]
    [InlineData(1234L, 2, "12.34")]
    [InlineData(0L, 2, "0.00")]
    [InlineData(1500L, 0, "1500")]
    [InlineData(1L, 3, "0.001")]
    [InlineData(9_007_199_254_740_993L, 2, "90071992547409.93")]
    public void Should_format_and_parse_decimal_strings_exactly(long minor, int exponent, string text)
    {
        GenericHttpAmountFormat.FormatDecimal(minor, exponent).ShouldBe(text);
        GenericHttpAmountFormat.TryParseDecimal(text, exponent, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(minor);
    }

    [Theory]
    [InlineData("12.3")]
    [InlineData("12.345")]
    [InlineData("012.34")]
    [InlineData(".34")]
    [InlineData("-12.34")]
    [InlineData("1e3")]
    [InlineData("12,34")]
    [InlineData(" 12.34")]
    [InlineData("1234")]
    public void Should_not_read_a_non_canonical_decimal_string(string text)
    {
        GenericHttpAmountFormat.TryParseDecimal(text, 2, out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("1234.0")]
    [InlineData("1.234e3")]
    [InlineData("-1")]
    [InlineData("\"1234\"")]
    public void Should_not_read_a_minor_integer_that_is_not_a_plain_json_integer(string json)
    {
        using var document = JsonDocument.Parse(json);

        GenericHttpAmountFormat.TryRead(document.RootElement, 2, GenericHttpAmountFormat.MinorInteger, out _).ShouldBeFalse();
    }
}
