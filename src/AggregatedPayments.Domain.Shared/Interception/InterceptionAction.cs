namespace AggregatedPayments.Interception;

/// <summary>What the first matching rule does with a request.</summary>
public enum InterceptionAction
{
    /// <summary>Lets the request through and stops evaluation, so later rules cannot refuse it.</summary>
    Allow = 0,

    /// <summary>Answers 403 with the standard error body.</summary>
    Deny = 1,

    /// <summary>Lets the request through while its client stays within the rule's rate; answers 429 beyond it.</summary>
    RateLimit = 2
}
