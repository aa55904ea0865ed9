using System.Globalization;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AggregatedPayments.Payroll;

/// <summary>
/// A cell's text as the clerk sees it: shared and inline strings as written, numbers as Excel shows them
/// (15 significant digits: 1234.5 stays 1234.5, a stored 1234.5600000000002 reads 1234.56). An integer
/// of 16 digits or more cannot be held exactly by Excel — a card number typed as a number has already lost
/// its last digits — so it is flagged, never passed on as if it were the number typed.
/// </summary>
public static class PayrollXlsxCellText
{
    /// <summary>Excel keeps 15 significant digits; from here on an integer may have lost some.</summary>
    public const double FirstInexactInteger = 1e15;

    public static (string? Text, bool LostDigits) Read(Cell cell, IReadOnlyList<string> sharedStrings)
    {
        ArgumentNullException.ThrowIfNull(cell);
        ArgumentNullException.ThrowIfNull(sharedStrings);
        var value = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sharedStrings.Count
                ? sharedStrings[index]
                : throw new InvalidDataException("A cell refers to a shared string that does not exist."), false);
        }

        if (type == CellValues.InlineString)
        {
            return (cell.InlineString is { } inline ? Of(inline) : null, false);
        }

        if (type == CellValues.Boolean)
        {
            return (value == "1" ? "TRUE" : "FALSE", false);
        }

        if (type is null || type == CellValues.Number)
        {
            return Number(value);
        }

        // Formula results (str), errors (#N/A) and ISO dates (d) are text already.
        return (value, false);
    }

    /// <summary>The text of a shared-string or inline-string element: its text, or its rich-text runs joined; phonetic guides left out.</summary>
    public static string Of(DocumentFormat.OpenXml.OpenXmlCompositeElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (element.GetFirstChild<Text>() is { } plain)
        {
            return plain.Text;
        }

        return string.Concat(element.Elements<Run>().Select(r => r.Text?.Text));
    }

    private static (string? Text, bool LostDigits) Number(string? value)
    {
        if (string.IsNullOrEmpty(value) || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
        {
            return (value, false);
        }

        if (Math.Abs(number) >= FirstInexactInteger)
        {
            return (value, true);
        }

        // The decimal conversion keeps 15 significant digits, as Excel displays the value.
        return (((decimal)number).ToString(CultureInfo.InvariantCulture), false);
    }
}
