namespace AggregatedPayments.Interception;

public enum InterceptionOutcome
{
    Pass,
    Deny,
    RateLimited
}
