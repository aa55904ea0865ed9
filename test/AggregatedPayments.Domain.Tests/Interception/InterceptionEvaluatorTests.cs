using System.Net;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Interception;

public sealed class InterceptionEvaluatorTests
{
    private const string Office = "203.0.113.10";
    private const string Elsewhere = "198.51.100.20";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 8, 0, 10, TimeSpan.Zero));
    private readonly InterceptionEvaluator _evaluator;

    public InterceptionEvaluatorTests() => _evaluator = new InterceptionEvaluator(new RateLimitCounter(_clock));

    [Fact]
    public void Should_let_a_request_through_when_no_rule_matches()
    {
        var rules = Rules(Rule(InterceptionAction.Deny, path: "/api/payouts/**"));

        var decision = _evaluator.Decide(rules, Request("/api/merchants"));

        decision.Outcome.ShouldBe(InterceptionOutcome.Pass);
        decision.Rule.ShouldBeNull();
    }

    [Fact]
    public void Should_let_an_earlier_allow_win_over_a_later_deny()
    {
        var allowOffice = Rule(InterceptionAction.Allow, order: 1, cidr: "203.0.113.0/24");
        var denyAll = Rule(InterceptionAction.Deny, order: 100);
        var rules = Rules(denyAll, allowOffice);

        _evaluator.Decide(rules, Request("/api/merchants", ip: Office)).ShouldSatisfyAllConditions(
            d => d.Outcome.ShouldBe(InterceptionOutcome.Pass),
            d => d.Rule!.Id.ShouldBe(allowOffice.Id));
        _evaluator.Decide(rules, Request("/api/merchants", ip: Elsewhere)).Rule!.Id.ShouldBe(denyAll.Id);
    }

    [Fact]
    public void Should_break_a_tie_in_order_by_id_the_same_way_every_time()
    {
        var first = Rule(InterceptionAction.Deny, order: 5, id: Guid.Parse("00000000-0000-0000-0000-000000000001"));
        var second = Rule(InterceptionAction.Allow, order: 5, id: Guid.Parse("00000000-0000-0000-0000-000000000002"));

        _evaluator.Decide(Rules(second, first), Request("/api")).Outcome.ShouldBe(InterceptionOutcome.Deny);
        _evaluator.Decide(Rules(first, second), Request("/api")).Outcome.ShouldBe(InterceptionOutcome.Deny);
    }

    [Fact]
    public void Should_match_only_the_methods_the_rule_names()
    {
        var rules = Rules(Rule(InterceptionAction.Deny, methods: "POST,DELETE"));

        _evaluator.Decide(rules, Request("/api", method: "delete")).Outcome.ShouldBe(InterceptionOutcome.Deny);
        _evaluator.Decide(rules, Request("/api", method: "GET")).Outcome.ShouldBe(InterceptionOutcome.Pass);
    }

    [Fact]
    public void Should_match_a_rule_for_a_merchant_only_inside_that_merchant()
    {
        var merchant = Guid.NewGuid();
        var rules = Rules(Rule(InterceptionAction.Deny, tenantId: merchant));

        _evaluator.Decide(rules, Request("/api", tenantId: merchant)).Outcome.ShouldBe(InterceptionOutcome.Deny);
        _evaluator.Decide(rules, Request("/api", tenantId: Guid.NewGuid())).Outcome.ShouldBe(InterceptionOutcome.Pass);
        _evaluator.Decide(rules, Request("/api", tenantId: null)).Outcome.ShouldBe(InterceptionOutcome.Pass);
    }

    [Fact]
    public void Should_match_a_rule_for_an_api_client_only_for_that_client_exactly()
    {
        var rules = Rules(Rule(InterceptionAction.Deny, apiClientId: "erp-1"));

        _evaluator.Decide(rules, Request("/api", apiClientId: "erp-1")).Outcome.ShouldBe(InterceptionOutcome.Deny);
        _evaluator.Decide(rules, Request("/api", apiClientId: "ERP-1")).Outcome.ShouldBe(InterceptionOutcome.Pass);
        _evaluator.Decide(rules, Request("/api", apiClientId: null)).Outcome.ShouldBe(InterceptionOutcome.Pass);
    }

    [Fact]
    public void Should_not_match_an_ip_rule_when_the_client_address_is_unknown() =>
        _evaluator.Decide(Rules(Rule(InterceptionAction.Deny, cidr: "0.0.0.0/0")), Request("/api", ip: null))
            .Outcome.ShouldBe(InterceptionOutcome.Pass);

    [Fact]
    public void Should_refuse_beyond_the_rate_until_the_window_ends()
    {
        var rules = Rules(Rule(InterceptionAction.RateLimit, permitLimit: 2, windowSeconds: 60));

        _evaluator.Decide(rules, Request("/api")).Outcome.ShouldBe(InterceptionOutcome.Pass);
        _evaluator.Decide(rules, Request("/api")).Outcome.ShouldBe(InterceptionOutcome.Pass);
        var refused = _evaluator.Decide(rules, Request("/api"));

        refused.Outcome.ShouldBe(InterceptionOutcome.RateLimited);
        refused.RetryAfter.ShouldBe(TimeSpan.FromSeconds(50));
        _clock.Advance(TimeSpan.FromSeconds(49));
        _evaluator.Decide(rules, Request("/api")).RetryAfter.ShouldBe(TimeSpan.FromSeconds(1));
        _clock.Advance(TimeSpan.FromSeconds(1));
        _evaluator.Decide(rules, Request("/api")).Outcome.ShouldBe(InterceptionOutcome.Pass);
    }

    [Fact]
    public void Should_count_each_client_address_on_its_own()
    {
        var rules = Rules(Rule(InterceptionAction.RateLimit, permitLimit: 1, windowSeconds: 60));

        _evaluator.Decide(rules, Request("/api", ip: Office)).Outcome.ShouldBe(InterceptionOutcome.Pass);
        _evaluator.Decide(rules, Request("/api", ip: Elsewhere)).Outcome.ShouldBe(InterceptionOutcome.Pass);
        _evaluator.Decide(rules, Request("/api", ip: "::ffff:203.0.113.10")).Outcome.ShouldBe(InterceptionOutcome.RateLimited);
    }

    [Fact]
    public void Should_count_all_addresses_together_when_the_rule_targets_a_merchant()
    {
        var merchant = Guid.NewGuid();
        var rules = Rules(Rule(InterceptionAction.RateLimit, tenantId: merchant, permitLimit: 1, windowSeconds: 60));

        _evaluator.Decide(rules, Request("/api", ip: Office, tenantId: merchant)).Outcome.ShouldBe(InterceptionOutcome.Pass);
        _evaluator.Decide(rules, Request("/api", ip: Elsewhere, tenantId: merchant)).Outcome.ShouldBe(InterceptionOutcome.RateLimited);
    }

    [Fact]
    public void Should_stop_at_a_rate_limit_within_its_rate_and_not_reach_a_later_deny()
    {
        var rules = Rules(
            Rule(InterceptionAction.RateLimit, order: 1, permitLimit: 10, windowSeconds: 60),
            Rule(InterceptionAction.Deny, order: 2));

        _evaluator.Decide(rules, Request("/api")).Outcome.ShouldBe(InterceptionOutcome.Pass);
    }

    [Fact]
    public void Should_keep_separate_counts_for_separate_rules()
    {
        var payouts = Rule(InterceptionAction.RateLimit, path: "/api/payouts/**", permitLimit: 1, windowSeconds: 60);
        var merchants = Rule(InterceptionAction.RateLimit, path: "/api/merchants/**", permitLimit: 1, windowSeconds: 60);
        var rules = Rules(payouts, merchants);

        _evaluator.Decide(rules, Request("/api/payouts")).Outcome.ShouldBe(InterceptionOutcome.Pass);
        _evaluator.Decide(rules, Request("/api/merchants")).Outcome.ShouldBe(InterceptionOutcome.Pass);
        _evaluator.Decide(rules, Request("/api/payouts")).Outcome.ShouldBe(InterceptionOutcome.RateLimited);
    }

    private static InterceptionRuleSet Rules(params InterceptionRule[] rules) => new(rules.Select(r => r.Compile()));

    private static InterceptionRequest Request(string path, string method = "GET", string? ip = Office, Guid? tenantId = null, string? apiClientId = null) =>
        InterceptionRequest.Create(path, method, ip is null ? null : IPAddress.Parse(ip), tenantId, apiClientId);

    private static InterceptionRule Rule(
        InterceptionAction action,
        int order = 10,
        string path = "/**",
        string methods = "*",
        string? cidr = null,
        Guid? tenantId = null,
        string? apiClientId = null,
        int? permitLimit = null,
        int? windowSeconds = null,
        Guid? id = null) =>
        new(id ?? Guid.NewGuid(), new InterceptionRuleDefinition("Rule", order, path, methods, cidr, tenantId, apiClientId, action, permitLimit, windowSeconds, true));
}
