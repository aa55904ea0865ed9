using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

public sealed class MerchantReferenceTests
{
    [Theory]
    [InlineData("  PAY-2026.01:0001_a  ", "PAY-2026.01:0001_a")]
    [InlineData("1", "1")]
    public void Should_trim_and_keep_a_valid_reference(string input, string expected)
    {
        MerchantReference.Parse(input).Value.ShouldBe(expected);
    }

    [Fact]
    public void Should_take_exactly_64_characters_and_no_more()
    {
        MerchantReference.Parse(new string('A', 64)).Value.Length.ShouldBe(64);
        Should.Throw<BusinessException>(() => MerchantReference.Parse(new string('A', 65))).Code.ShouldBe(PayoutsErrorCodes.InvalidMerchantReference);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("PAY 1")]
    [InlineData("-PAY")]
    [InlineData("PAY/1")]
    [InlineData("工资-1")]
    [InlineData("PAY\n1")]
    [InlineData("=SUM(A1)")]
    public void Should_refuse_a_reference_outside_the_alphabet(string? input)
    {
        Should.Throw<BusinessException>(() => MerchantReference.Parse(input)).Code.ShouldBe(PayoutsErrorCodes.InvalidMerchantReference);
    }

    [Fact]
    public void Should_compare_by_value_and_case()
    {
        MerchantReference.Parse(" A1 ").ShouldBe(MerchantReference.Parse("A1"));
        MerchantReference.Parse("a1").ShouldNotBe(MerchantReference.Parse("A1"));
    }
}
