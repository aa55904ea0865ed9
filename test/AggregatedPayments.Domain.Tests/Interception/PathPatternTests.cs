using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Interception;

public sealed class PathPatternTests
{
    [Theory]
    [InlineData("/api/payouts/**", "/api/payouts", true)]
    [InlineData("/api/payouts/**", "/api/payouts/", true)]
    [InlineData("/api/payouts/**", "/api/payouts/1/attempts", true)]
    [InlineData("/api/payouts/**", "/API/Payouts/1", true)]
    [InlineData("/api/payouts/**", "//api//payouts/1", true)]
    [InlineData("/api/payouts/**", "/api/payouts-export", false)]
    [InlineData("/api/payouts/**", "/api/payout", false)]
    [InlineData("/api/*/export", "/api/payouts/export", true)]
    [InlineData("/api/*/export", "/api/payouts/1/export", false)]
    [InlineData("/api/payouts/*", "/api/payouts/1", true)]
    [InlineData("/api/payouts/*", "/api/payouts", false)]
    [InlineData("/api/payouts/*", "/api/payouts/1/x", false)]
    [InlineData("/api/pay*", "/api/payouts", true)]
    [InlineData("/**/export", "/export", true)]
    [InlineData("/**/export", "/api/payouts/export", true)]
    [InlineData("/**/export", "/api/payouts/export/x", false)]
    [InlineData("/**", "/", true)]
    [InlineData("/**", "/anything/at/all", true)]
    [InlineData("/", "/", true)]
    [InlineData("/", "/api", false)]
    [InlineData("/api/account/login", "/api/account/login/", true)]
    [InlineData("/api/a.b", "/api/aXb", false)]
    public void Should_match_paths_like_a_glob(string pattern, string path, bool matches) =>
        PathPattern.Parse(pattern).IsMatch(PathPattern.NormalizePath(path)).ShouldBe(matches);

    [Theory]
    [InlineData("/api/payouts/", "/api/payouts")]
    [InlineData("//api//payouts//**", "/api/payouts/**")]
    [InlineData(" /api ", "/api")]
    [InlineData("/", "/")]
    public void Should_store_the_pattern_in_normal_form(string pattern, string normal) =>
        PathPattern.Parse(pattern).Text.ShouldBe(normal);

    [Theory]
    [InlineData("")]
    [InlineData("api/payouts")]
    [InlineData("/api/payouts?x=1")]
    [InlineData("/api/payouts#top")]
    [InlineData("/api/pay outs")]
    [InlineData("/api\\payouts")]
    [InlineData("/api/***")]
    [InlineData("/api/a**")]
    [InlineData("/api/**b/c")]
    public void Should_refuse_an_invalid_pattern(string pattern) =>
        Should.Throw<BusinessException>(() => PathPattern.Parse(pattern)).Code.ShouldBe(ErrorCodes.InvalidPattern);

    [Fact]
    public void Should_refuse_a_pattern_longer_than_the_column() =>
        PathPattern.TryParse("/" + new string('a', InterceptionRuleConsts.MaxPathPatternLength), out _).ShouldBeFalse();
}
