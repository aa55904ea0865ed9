using System.Text.RegularExpressions;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Dictionaries;

/// <summary>The input checks every dictionary entity shares, so that one message says one thing everywhere.</summary>
internal static class DictionaryGuard
{
    public static string Code(string? value, string pattern, string member)
    {
        var code = value?.Trim() ?? "";
        if (!Regex.IsMatch(code, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
        {
            throw new InvalidInputException(member, $"'{value}' is not a valid code: it must match {pattern}.");
        }

        return code;
    }

    public static string Required(string? value, int maxLength, string member)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > maxLength)
        {
            throw new InvalidInputException(member, $"A text of 1 to {maxLength} characters is required.");
        }

        return text;
    }

    public static string? Optional(string? value, int maxLength, string member)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (text.Length > maxLength)
        {
            throw new InvalidInputException(member, $"At most {maxLength} characters are allowed.");
        }

        return text;
    }
}
