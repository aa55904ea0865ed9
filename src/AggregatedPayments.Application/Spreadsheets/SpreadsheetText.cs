using System.Xml;

namespace AggregatedPayments.Spreadsheets;

/// <summary>Text as exports write it into a cell.</summary>
public static class SpreadsheetText
{
    /// <summary>
    /// A cell starting with = + - @, a tab or a carriage return is a formula to Excel and LibreOffice (CSV
    /// injection): such text gets a leading apostrophe, so a payee named "=HYPERLINK(…)" stays text.
    /// </summary>
    public static string? EscapeFormula(string? text) =>
        text is { Length: > 0 } && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>Characters XML 1.0 cannot carry (control characters other than tab and line breaks, lone surrogates) become U+FFFD.</summary>
    public static string ForXml(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!XmlConvert.IsXmlChar(text[i]))
            {
                chars ??= text.ToCharArray();
                chars[i] = '\uFFFD';
            }
        }

        return chars is null ? text : new string(chars);
    }
}
