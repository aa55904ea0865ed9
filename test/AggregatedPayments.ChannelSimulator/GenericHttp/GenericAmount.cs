using System.Globalization;
using System.Text.RegularExpressions;

namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>The provider's amounts: CNY yuan as a decimal string with exactly two decimals ("12.34"), nothing looser.</summary>
public static partial class GenericAmount
{
    public const string Currency = "CNY";

    public static bool TryParse(string? text, out long fen)
    {
        fen = 0;
        return text is not null && Strict().IsMatch(text)
            && long.TryParse(text.Replace(".", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out fen);
    }

    public static string Format(long fen) =>
        (fen < 0 ? "-" : string.Empty) + (Math.Abs(fen) / 100).ToString(CultureInfo.InvariantCulture) + "."
        + (Math.Abs(fen) % 100).ToString("D2", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(0|[1-9][0-9]{0,13})\.[0-9]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Strict();
}
