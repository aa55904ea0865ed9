namespace AggregatedPayments.Interception;

/// <summary>The enabled rules in evaluation order: <c>Order</c> ascending, then <c>Id</c>, so every instance agrees.</summary>
public sealed class InterceptionRuleSet
{
    private readonly CompiledInterceptionRule[] _rules;

    public InterceptionRuleSet(IEnumerable<CompiledInterceptionRule> rules) =>
        _rules = rules.OrderBy(r => r.Order).ThenBy(r => r.Id).ToArray();

    public static InterceptionRuleSet Empty { get; } = new([]);

    public IReadOnlyList<CompiledInterceptionRule> Rules => _rules;

    public CompiledInterceptionRule? FindFirstMatch(InterceptionRequest request) => Array.Find(_rules, r => r.Matches(request));
}
