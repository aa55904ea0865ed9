using Shouldly;
using Xunit;

namespace AggregatedPayments.Channels.Sandbox;

public class SandboxCapabilitiesTests
{
    private readonly SandboxChannelAdapter _adapter = new();

    [Fact]
    public void Should_declare_exactly_the_functions_it_implements()
    {
        var implemented = ChannelFunctions.Payout | ChannelFunctions.Query;
        implemented |= _adapter is IChannelBatchPayout ? ChannelFunctions.BatchPayout : ChannelFunctions.None;
        implemented |= _adapter is IChannelBalance ? ChannelFunctions.Balance : ChannelFunctions.None;
        implemented |= _adapter is IChannelWithdrawal ? ChannelFunctions.Withdraw : ChannelFunctions.None;
        implemented |= _adapter is IChannelStatement ? ChannelFunctions.Statement : ChannelFunctions.None;
        implemented |= _adapter is IChannelNotification ? ChannelFunctions.Notification : ChannelFunctions.None;

        _adapter.Capabilities.Functions.ShouldBe(implemented);
        _adapter.Capabilities.Supports(ChannelFunctions.BatchPayout).ShouldBeTrue();
        _adapter.Capabilities.MaxBatchItems.ShouldBe(SandboxChannelAdapter.MaxBatchItems);
    }

    [Fact]
    public void Should_present_itself_as_the_sandbox_paying_in_yuan_with_a_day_long_idempotency_window()
    {
        _adapter.Provider.ShouldBe("Sandbox");
        _adapter.Capabilities.Currencies.ShouldContain("CNY");
        _adapter.Capabilities.IdempotencyWindow.ShouldBe(TimeSpan.FromHours(24));
    }

    [Fact]
    public void Should_label_every_parameter_in_english_and_chinese_and_name_each_once()
    {
        _adapter.Parameters.ShouldAllBe(p => !string.IsNullOrWhiteSpace(p.LabelEn) && !string.IsNullOrWhiteSpace(p.LabelZhHans));
        _adapter.Parameters.Select(p => p.Name).ShouldBeUnique();
        _adapter.Parameters.Single(p => p.Name == SandboxParameterNames.NotifySecret).IsSecret.ShouldBeTrue();
        _adapter.Parameters.Single(p => p.Name == SandboxParameterNames.AccountId).Required.ShouldBeTrue();
    }

    [Fact]
    public void Should_format_the_same_attempt_as_the_same_key()
    {
        var attempt = Guid.NewGuid();

        _adapter.FormatKey(attempt).ShouldBe(_adapter.FormatKey(attempt));
        _adapter.FormatKey(attempt).Length.ShouldBe(32);
        _adapter.FormatKey(attempt).ShouldNotBe(_adapter.FormatKey(Guid.NewGuid()));
    }
}
