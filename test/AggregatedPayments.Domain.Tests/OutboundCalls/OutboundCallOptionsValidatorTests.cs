using Shouldly;
using Xunit;

namespace AggregatedPayments.OutboundCalls;

public sealed class OutboundCallOptionsValidatorTests
{
    [Fact]
    public void Should_accept_the_defaults()
    {
        new OutboundCallOptionsValidator().Validate(null, new OutboundCallOptions()).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Should_accept_targets_limits_purposes_and_a_proxy_that_make_sense()
    {
        var options = new OutboundCallOptions
        {
            AllowedTargets = ["127.0.0.1", "10.20.0.0/16", "fd00::/8", "simulator.internal"],
            MaxResponseBytes = 1,
            Timeout = TimeSpan.FromSeconds(5),
            ConnectTimeout = TimeSpan.FromSeconds(2),
            Proxy = "http://proxy.internal:3128",
            Purposes = { ["Statement"] = new OutboundCallLimitOverride { MaxResponseBytes = 100_000_000 } }
        };

        new OutboundCallOptionsValidator().Validate(null, options).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public void Should_name_every_setting_that_would_break_outbound_calls()
    {
        var options = new OutboundCallOptions
        {
            AllowedTargets = ["127.0.0.1", "*.internal"],
            MaxResponseBytes = 0,
            Timeout = TimeSpan.Zero,
            ConnectTimeout = TimeSpan.FromDays(2),
            Proxy = "http://user:secret@proxy.internal:3128",
            Purposes = { ["Statement"] = new OutboundCallLimitOverride { Timeout = TimeSpan.FromSeconds(-1) } }
        };

        var result = new OutboundCallOptionsValidator().Validate(null, options);

        result.Failed.ShouldBeTrue();
        result.Failures!.Select(f => f.Split(' ')[0]).ShouldBe(
        [
            "OutboundCalls:AllowedTargets:", "OutboundCalls:MaxResponseBytes", "OutboundCalls:Timeout",
            "OutboundCalls:ConnectTimeout", "OutboundCalls:Purposes:Statement:Timeout", "OutboundCalls:Proxy"
        ]);
        result.Failures!.First().ShouldContain("*.internal");
    }

    [Fact]
    public void Should_take_a_purpose_own_limits_and_the_section_for_the_rest()
    {
        var options = new OutboundCallOptions
        {
            MaxResponseBytes = 1000,
            Timeout = TimeSpan.FromSeconds(10),
            Purposes = { ["Statement"] = new OutboundCallLimitOverride { MaxResponseBytes = 50_000 } }
        };

        options.LimitsFor("statement").ShouldBe(new OutboundCallLimits(50_000, TimeSpan.FromSeconds(10)));
        options.LimitsFor("MerchantNotification").ShouldBe(new OutboundCallLimits(1000, TimeSpan.FromSeconds(10)));
    }
}
