using AggregatedPayments.Channels;
using AggregatedPayments.Dictionaries;
using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

public sealed class MoneyTests
{
    [Fact]
    public void Should_add_and_subtract_within_one_currency_in_minor_units()
    {
        var sum = new Money(10_05, "CNY").Add(new Money(95, "CNY"));

        sum.ShouldBe(new Money(11_00, "CNY"));
        sum.Subtract(new Money(11_00, "CNY")).IsZero.ShouldBeTrue();
        new Money(1, "CNY").IsAtLeast(new Money(1, "CNY")).ShouldBeTrue();
        new Money(0, "CNY").IsAtLeast(new Money(1, "CNY")).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_to_mix_currencies_with_a_stable_code()
    {
        var mixed = Should.Throw<BusinessException>(() => new Money(1_00, "CNY").Add(new Money(1_00, "USD")));

        mixed.Code.ShouldBe(PayoutsErrorCodes.CurrencyMismatch);
        (mixed.Values["expected"], mixed.Values["actual"]).ShouldBe(("CNY", "USD"));
        Should.Throw<BusinessException>(() => new Money(1, "CNY").IsAtLeast(new Money(1, "JPY")));
    }

    [Fact]
    public void Should_never_be_negative()
    {
        Should.Throw<BusinessException>(() => new Money(-1, "CNY")).Code.ShouldBe(PayoutsErrorCodes.InvalidAmount);
        Should.Throw<InvalidOperationException>(() => new Money(1_00, "CNY").Subtract(new Money(1_01, "CNY")));
    }

    [Fact]
    public void Should_overflow_loudly_instead_of_wrapping()
    {
        Should.Throw<OverflowException>(() => new Money(long.MaxValue, "CNY").Add(new Money(1, "CNY")));
    }

    [Theory]
    [InlineData("cny")]
    [InlineData("CN")]
    [InlineData("YUAN")]
    [InlineData("")]
    public void Should_take_only_a_three_letter_iso_code_in_capitals(string currency)
    {
        Should.Throw<ArgumentException>(() => new Money(1, currency));
    }

    [Fact]
    public void Should_hand_adapters_the_exponent_of_the_currency_dictionary()
    {
        new Money(12_345, "JPY").ToChannelAmount(new CurrencyInfo("JPY", "392", 0, "Yen", null)).ShouldBe(new ChannelAmount(12_345, "JPY", 0));
        new Money(1_234, "KWD").ToChannelAmount(new CurrencyInfo("KWD", "414", 3, "Kuwaiti Dinar", null)).ShouldBe(new ChannelAmount(1_234, "KWD", 3));
        Should.Throw<ArgumentException>(() => new Money(1, "CNY").ToChannelAmount(new CurrencyInfo("JPY", "392", 0, "Yen", null)));
    }

    [Fact]
    public async Task Should_look_the_exponent_up_in_the_dictionary_and_refuse_a_currency_not_offered()
    {
        var lookup = new TwoCurrencyLookup();

        (await new Money(1_00, "CNY").ToChannelAmountAsync(lookup, CancellationToken.None)).Exponent.ShouldBe(2);
        (await Should.ThrowAsync<BusinessException>(() => new Money(1_00, "EUR").ToChannelAmountAsync(lookup, CancellationToken.None)))
            .Code.ShouldBe(DictionariesErrorCodes.UnknownCurrency);
    }

    [Fact]
    public void Should_take_a_providers_amount_only_with_the_expected_exponent()
    {
        Money.FromChannelAmount(new ChannelAmount(150, "CNY", 2), 2).ShouldBe(new Money(150, "CNY"));
        Should.Throw<ArgumentException>(() => Money.FromChannelAmount(new ChannelAmount(150, "CNY", 0), 2));
    }

    [Fact]
    public void Should_print_minor_units_without_a_decimal_point()
    {
        new Money(1_050, "CNY").ToString().ShouldBe("1050 CNY (minor units)");
    }
}
