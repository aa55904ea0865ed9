namespace AggregatedPayments.Spreadsheets;

public sealed class XlsxWriterOptions
{
    public string SheetName { get; init; } = "Sheet1";

    /// <summary>
    /// Texts in a shared-string table, as Excel saves them, instead of inline: the table is kept in memory
    /// until the end, so exports leave this off and only files made to look like Excel's set it.
    /// </summary>
    public bool SharedStrings { get; init; }

    /// <summary>Zero-based columns formatted as Text ("@"), so a number typed there later keeps every digit.</summary>
    public IReadOnlyCollection<int> TextColumns { get; init; } = [];
}
