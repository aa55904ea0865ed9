using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Interception;

/// <summary>
/// A glob over request paths, matched without regard to case (as routing does): <c>*</c> is any text
/// within one segment, a whole segment <c>**</c> is any number of segments, including none, so
/// <c>/api/payouts/**</c> matches <c>/api/payouts</c> and everything below it. Paths and patterns are
/// compared in a normal form (repeated and trailing slashes dropped), so <c>//api/payouts/</c> cannot
/// slip past a rule written for <c>/api/payouts</c>.
/// </summary>
public sealed partial class PathPattern
{
    private const string AnySegments = "**";

    private readonly Regex _regex;

    private PathPattern(string text, Regex regex)
    {
        Text = text;
        _regex = regex;
    }

    /// <summary>The pattern in normal form, as stored.</summary>
    public string Text { get; }

    public static PathPattern Parse(string text) =>
        TryParse(text, out var pattern) ? pattern : throw new BusinessException(ErrorCodes.InvalidPattern).WithData("pattern", text);

    public static bool TryParse(string? text, [NotNullWhen(true)] out PathPattern? pattern)
    {
        pattern = null;
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length > InterceptionRuleConsts.MaxPathPatternLength || !AllowedRegex().IsMatch(trimmed))
        {
            return false;
        }

        var normal = NormalizePath(trimmed);
        var segments = normal == "/" ? [] : normal[1..].Split('/');
        if (segments.Any(s => s != AnySegments && s.Contains(AnySegments, StringComparison.Ordinal)))
        {
            return false;
        }

        var expression = new StringBuilder("^");
        foreach (var segment in segments)
        {
            expression.Append(segment == AnySegments
                ? "(?:/[^/]+)*"
                : "/" + Regex.Escape(segment).Replace("\\*", "[^/]*", StringComparison.Ordinal));
        }

        // The root path is the only normal path that ends with a slash.
        expression.Append("/?$");
        pattern = new PathPattern(normal, new Regex(
            expression.ToString(),
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking));
        return true;
    }

    /// <summary>Whether a path already in normal form (<see cref="NormalizePath"/>) matches.</summary>
    public bool IsMatch(string normalPath) => _regex.IsMatch(normalPath);

    /// <summary>Collapses repeated slashes and drops a trailing one; an empty path is the root.</summary>
    public static string NormalizePath(string? path)
    {
        var collapsed = RepeatedSlashRegex().Replace(path ?? "", "/");
        if (collapsed.Length > 1 && collapsed.EndsWith('/'))
        {
            collapsed = collapsed[..^1];
        }

        return collapsed.Length == 0 ? "/" : collapsed;
    }

    public override string ToString() => Text;

    // Rooted; the characters of a path plus the wildcard; no query, fragment, space or backslash.
    [GeneratedRegex("^/[A-Za-z0-9\\-._~/*%:@!$&'()+,;=]*$")]
    private static partial Regex AllowedRegex();

    [GeneratedRegex("/{2,}")]
    private static partial Regex RepeatedSlashRegex();
}
