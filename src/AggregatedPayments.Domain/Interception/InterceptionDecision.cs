namespace AggregatedPayments.Interception;

/// <summary>The verdict on one request, with the rule that gave it (none when no rule matched).</summary>
public sealed record InterceptionDecision(InterceptionOutcome Outcome, CompiledInterceptionRule? Rule, TimeSpan RetryAfter)
{
    public static InterceptionDecision Pass(CompiledInterceptionRule? rule) => new(InterceptionOutcome.Pass, rule, TimeSpan.Zero);

    public static InterceptionDecision Deny(CompiledInterceptionRule rule) => new(InterceptionOutcome.Deny, rule, TimeSpan.Zero);

    public static InterceptionDecision RateLimited(CompiledInterceptionRule rule, TimeSpan retryAfter) =>
        new(InterceptionOutcome.RateLimited, rule, retryAfter);
}
