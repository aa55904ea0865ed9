using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Interception;

public sealed class MethodSetTests
{
    [Theory]
    [InlineData(null, "*")]
    [InlineData("", "*")]
    [InlineData(" * ", "*")]
    [InlineData("get, Post ,GET", "GET,POST")]
    [InlineData("DELETE", "DELETE")]
    public void Should_store_methods_upper_case_and_once(string? text, string canonical) =>
        MethodSet.Parse(text).Text.ShouldBe(canonical);

    [Theory]
    [InlineData("GET,POST", "post", true)]
    [InlineData("GET,POST", "PUT", false)]
    [InlineData("*", "PATCH", true)]
    public void Should_match_the_listed_methods_only(string methods, string method, bool matches) =>
        MethodSet.Parse(methods).Matches(method).ShouldBe(matches);

    [Theory]
    [InlineData("GET;POST")]
    [InlineData("GET,")]
    [InlineData("GET,*")]
    [InlineData("G3T")]
    public void Should_refuse_what_is_not_a_method_list(string methods) =>
        Should.Throw<InvalidInputException>(() => MethodSet.Parse(methods)).Errors[0].Members.ShouldContain("Methods");
}
