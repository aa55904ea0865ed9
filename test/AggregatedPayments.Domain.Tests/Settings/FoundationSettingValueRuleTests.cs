using Shouldly;
using Xunit;

namespace AggregatedPayments.Settings;

public sealed class FoundationSettingValueRuleTests
{
    private readonly SettingValueRules _rules = new([new FoundationSettingValueRuleProvider()]);

    [Theory]
    [InlineData(FoundationSettingNames.PasswordRequiredLength, "12", true)]
    [InlineData(FoundationSettingNames.PasswordRequiredLength, "3", false)]
    [InlineData(FoundationSettingNames.PasswordRequiredLength, "twelve", false)]
    [InlineData(FoundationSettingNames.PasswordRequireDigit, "false", true)]
    [InlineData(FoundationSettingNames.PasswordRequireDigit, "no", false)]
    [InlineData(FoundationSettingNames.AccessTokenMinutes, "0", false)]
    [InlineData(FoundationSettingNames.PlatformTimeZone, "Asia/Shanghai", true)]
    [InlineData(FoundationSettingNames.TimeZone, "Europe/Berlin", true)]
    [InlineData(FoundationSettingNames.TimeZone, "Mars/Olympus", false)]
    [InlineData(FoundationSettingNames.Language, "zh-Hans", true)]
    [InlineData(FoundationSettingNames.Language, "fr", false)]
    [InlineData(FoundationSettingNames.SmtpPort, "465", true)]
    [InlineData(FoundationSettingNames.SmtpPort, "70000", false)]
    [InlineData(FoundationSettingNames.EmailFromAddress, "payouts@example.com", true)]
    [InlineData(FoundationSettingNames.EmailFromAddress, "Payouts <payouts@example.com>", false)]
    [InlineData(FoundationSettingNames.SmtpHost, "smtp.example.com", true)]
    public void Should_accept_only_values_the_readers_can_use(string name, string value, bool valid)
    {
        _rules.IsValid(name, value).ShouldBe(valid);
    }

    [Fact]
    public void Should_refuse_any_value_longer_than_the_limit()
    {
        _rules.IsValid(FoundationSettingNames.SmtpHost, new string('a', SettingValueConsts.MaxValueLength + 1)).ShouldBeFalse();
    }
}
