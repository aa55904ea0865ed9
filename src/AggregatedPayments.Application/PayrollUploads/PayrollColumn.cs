using AggregatedPayments.Localization;

namespace AggregatedPayments.Payroll;

/// <summary>A column of payroll files and error reports, with its header in each language the platform speaks.</summary>
public sealed record PayrollColumn(string English, string Chinese, bool IsRequired = false)
{
    public string HeaderIn(string? culture) => TextLocalizer.Normalize(culture) == "zh-Hans" ? Chinese : English;

    /// <summary>Either header, compared without case or spaces: "merchant reference", "MERCHANTREFERENCE" and " 商户流水号 " all match.</summary>
    public bool Matches(string header)
    {
        var compact = Compact(header);
        return string.Equals(compact, Compact(English), StringComparison.OrdinalIgnoreCase) || string.Equals(compact, Compact(Chinese), StringComparison.Ordinal);
    }

    public override string ToString() => $"{English} ({Chinese})";

    // The byte order mark counts as a space: a CSV saved by Excel may carry it into the first header.
    private static string Compact(string text) => new(text.Where(c => !char.IsWhiteSpace(c) && c != '\uFEFF').ToArray());
}
