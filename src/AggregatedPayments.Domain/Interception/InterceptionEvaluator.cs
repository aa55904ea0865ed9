namespace AggregatedPayments.Interception;

/// <summary>The first matching rule decides; nothing after it is looked at.</summary>
public sealed class InterceptionEvaluator(RateLimitCounter counter)
{
    public InterceptionDecision Decide(InterceptionRuleSet rules, InterceptionRequest request)
    {
        var rule = rules.FindFirstMatch(request);
        if (rule is null)
        {
            return InterceptionDecision.Pass(null);
        }

        return rule.Action switch
        {
            InterceptionAction.Deny => InterceptionDecision.Deny(rule),
            InterceptionAction.RateLimit => counter.TryAcquire(rule.Id, rule.RateLimitKey(request), rule.PermitLimit, rule.Window) is { } retryAfter
                ? InterceptionDecision.RateLimited(rule, retryAfter)
                : InterceptionDecision.Pass(rule),
            _ => InterceptionDecision.Pass(rule)
        };
    }
}
