using AggregatedPayments.Exceptions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Interception;

public sealed class InterceptionRuleTests
{
    [Fact]
    public void Should_keep_the_rule_in_normal_form()
    {
        var rule = new InterceptionRule(Guid.NewGuid(), Definition() with
        {
            Name = "  Block scanners ",
            PathPattern = "//api/payouts/",
            Methods = "post, get",
            IpCidr = "::ffff:10.0.0.0/104",
            ApiClientId = "  key-1 "
        });

        rule.Name.ShouldBe("Block scanners");
        rule.PathPattern.ShouldBe("/api/payouts");
        rule.Methods.ShouldBe("POST,GET");
        rule.IpCidr.ShouldBe("10.0.0.0/8");
        rule.ApiClientId.ShouldBe("key-1");
    }

    [Fact]
    public void Should_require_a_rate_for_a_rate_limit()
    {
        var error = Should.Throw<InvalidInputException>(() => new InterceptionRule(Guid.NewGuid(), Definition() with
        {
            Action = InterceptionAction.RateLimit,
            PermitLimit = 0,
            WindowSeconds = null
        }));

        error.Errors.SelectMany(e => e.Members).ShouldBe(["PermitLimit", "WindowSeconds"]);
    }

    [Fact]
    public void Should_drop_a_rate_that_a_deny_rule_does_not_use()
    {
        var rule = new InterceptionRule(Guid.NewGuid(), Definition() with { Action = InterceptionAction.RateLimit, PermitLimit = 5, WindowSeconds = 60 });

        rule.Update(Definition() with { Action = InterceptionAction.Deny, PermitLimit = 5, WindowSeconds = 60 });

        rule.PermitLimit.ShouldBeNull();
        rule.WindowSeconds.ShouldBeNull();
    }

    [Fact]
    public void Should_refuse_an_invalid_range_or_pattern_with_its_own_code()
    {
        Should.Throw<BusinessException>(() => new InterceptionRule(Guid.NewGuid(), Definition() with { IpCidr = "10.0.0.1/8" }))
            .Code.ShouldBe(ErrorCodes.InvalidCidr);
        Should.Throw<BusinessException>(() => new InterceptionRule(Guid.NewGuid(), Definition() with { PathPattern = "api" }))
            .Code.ShouldBe(ErrorCodes.InvalidPattern);
    }

    [Fact]
    public void Should_refuse_a_missing_name_and_an_unknown_action()
    {
        Should.Throw<InvalidInputException>(() => new InterceptionRule(Guid.NewGuid(), Definition() with { Name = " " }));
        Should.Throw<InvalidInputException>(() => new InterceptionRule(Guid.NewGuid(), Definition() with { Action = (InterceptionAction)7 }));
    }

    [Fact]
    public void Should_leave_the_rule_unchanged_when_an_update_is_refused()
    {
        var rule = new InterceptionRule(Guid.NewGuid(), Definition());

        Should.Throw<BusinessException>(() => rule.Update(Definition() with { Name = "Other", IpCidr = "nonsense" }));

        rule.Name.ShouldBe("Rule");
    }

    private static InterceptionRuleDefinition Definition() =>
        new("Rule", 10, "/api/**", "*", null, null, null, InterceptionAction.Deny, null, null, true);
}
