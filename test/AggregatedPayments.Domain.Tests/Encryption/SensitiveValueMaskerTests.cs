using Shouldly;
using Xunit;

namespace AggregatedPayments.Encryption;

public sealed class SensitiveValueMaskerTests
{
    [Theory]
    [InlineData("6222021234567890", "************7890")]
    [InlineData("6222 0212 3456 7890", "************7890")]
    [InlineData("GB82-WEST-1234-5698-7654-32", "******************5432")]
    [InlineData("123456789", "*****6789")]
    [InlineData("12345678", "********")]
    [InlineData("1234", "****")]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void Should_show_only_the_last_four_characters_of_an_account_number(string? accountNumber, string? masked)
    {
        SensitiveValueMasker.MaskAccountNumber(accountNumber).ShouldBe(masked);
    }

    [Theory]
    [InlineData("p@ssw0rd", "******")]
    [InlineData("x", "******")]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void Should_hide_a_secret_entirely_but_show_whether_it_is_set(string? secret, string? masked)
    {
        SensitiveValueMasker.MaskSecret(secret).ShouldBe(masked);
    }
}
