using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Alipay;

public class AlipayBeijingTimeTests
{
    [Fact]
    public void Should_format_an_instant_in_Beijing_time_whatever_its_offset()
    {
        var utc = new DateTimeOffset(2024, 12, 31, 17, 30, 5, TimeSpan.Zero);
        var newYork = utc.ToOffset(TimeSpan.FromHours(-5));

        AlipayBeijingTime.Format(utc).ShouldBe("2025-01-01 01:30:05");
        AlipayBeijingTime.Format(newYork).ShouldBe("2025-01-01 01:30:05");
    }

    [Fact]
    public void Should_parse_a_Beijing_wall_clock_value_to_its_instant()
    {
        AlipayBeijingTime.TryParse("2025-01-01 01:30:05", out var instant).ShouldBeTrue();

        instant.UtcDateTime.ShouldBe(new DateTime(2024, 12, 31, 17, 30, 5, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2025-01-01T01:30:05")]
    [InlineData("2025-01-01 01:30")]
    [InlineData("2025-1-1 01:30:05")]
    [InlineData("2025-02-30 01:30:05")]
    public void Should_refuse_anything_but_the_exact_pattern(string? text)
    {
        AlipayBeijingTime.TryParse(text, out _).ShouldBeFalse();
    }
}
