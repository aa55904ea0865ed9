using System.Collections.Frozen;
using System.Text.RegularExpressions;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Interception;

/// <summary>"*" for every method, or a comma-separated list such as "GET,POST"; stored upper case.</summary>
public sealed partial class MethodSet
{
    private readonly FrozenSet<string>? _methods;

    private MethodSet(string text, FrozenSet<string>? methods)
    {
        Text = text;
        _methods = methods;
    }

    public static MethodSet Any { get; } = new(InterceptionRuleConsts.AnyMethod, null);

    public string Text { get; }

    public static MethodSet Parse(string? text)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0 || trimmed == InterceptionRuleConsts.AnyMethod)
        {
            return Any;
        }

        var methods = trimmed.Split(',', StringSplitOptions.TrimEntries).Select(m => m.ToUpperInvariant()).Distinct().ToArray();
        var canonical = string.Join(",", methods);
        if (methods.Any(m => !MethodRegex().IsMatch(m)) || canonical.Length > InterceptionRuleConsts.MaxMethodsLength)
        {
            throw new InvalidInputException("Methods", "Give \"*\" or HTTP methods separated by commas, such as \"GET,POST\".");
        }

        return new MethodSet(canonical, methods.ToFrozenSet(StringComparer.Ordinal));
    }

    public bool Matches(string method) => _methods is null || _methods.Contains(method.ToUpperInvariant());

    public override string ToString() => Text;

    [GeneratedRegex("^[A-Z]{1,16}$")]
    private static partial Regex MethodRegex();
}
