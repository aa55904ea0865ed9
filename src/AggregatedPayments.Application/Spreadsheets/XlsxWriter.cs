using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AggregatedPayments.Spreadsheets;

/// <summary>
/// Writes a one-sheet workbook row by row with the Open XML SDK's SAX writer: rows go straight into the
/// package, so 100,000 of them never sit in memory. Texts are written as given (callers that export
/// data escape formulas first, <see cref="SpreadsheetText.EscapeFormula"/>); numbers as numbers. The
/// package needs a seekable stream (a file or memory), and is complete when the writer is disposed.
/// </summary>
public sealed class XlsxWriter : IDisposable
{
    private const uint TextStyle = 1;

    private readonly SpreadsheetDocument _document;
    private readonly WorksheetPart _sheetPart;
    private readonly OpenXmlWriter _writer;
    private readonly XlsxWriterOptions _options;
    private readonly Dictionary<string, int>? _sharedStrings;
    private uint _rowIndex;
    private bool _disposed;

    private XlsxWriter(Stream destination, XlsxWriterOptions options)
    {
        _options = options;
        _sharedStrings = options.SharedStrings ? new Dictionary<string, int>(StringComparer.Ordinal) : null;
        _document = SpreadsheetDocument.Create(destination, SpreadsheetDocumentType.Workbook);
        var workbookPart = _document.AddWorkbookPart();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        _sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        _writer = OpenXmlWriter.Create(_sheetPart);
        _writer.WriteStartElement(new Worksheet());
        if (options.TextColumns.Count > 0)
        {
            _writer.WriteElement(new Columns(options.TextColumns.Order().Select(c => new Column
            {
                Min = (uint)c + 1,
                Max = (uint)c + 1,
                Style = TextStyle,
                Width = 24,
                CustomWidth = true
            })));
        }

        _writer.WriteStartElement(new SheetData());
    }

    public static XlsxWriter Create(Stream destination, XlsxWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(destination);
        return new XlsxWriter(destination, options ?? new XlsxWriterOptions());
    }

    /// <summary>One row: strings as text, integral and decimal numbers as numbers, null as an empty cell.</summary>
    public void WriteRow(IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _rowIndex++;
        _writer.WriteStartElement(new Row { RowIndex = _rowIndex });
        for (var column = 0; column < values.Count; column++)
        {
            if (values[column] is { } value)
            {
                _writer.WriteElement(Cell(column, value));
            }
        }

        _writer.WriteEndElement();
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _writer.WriteEndElement();
        _writer.WriteEndElement();
        _writer.Close();
        var workbookPart = _document.WorkbookPart!;
        if (_sharedStrings is not null)
        {
            WriteSharedStrings(workbookPart.AddNewPart<SharedStringTablePart>(), _sharedStrings);
        }

        workbookPart.Workbook = new Workbook(new Sheets(new Sheet { Name = _options.SheetName, SheetId = 1, Id = workbookPart.GetIdOfPart(_sheetPart) }));
        _document.Dispose();
    }

    private Cell Cell(int column, object value)
    {
        var cell = new Cell { CellReference = XlsxCellReference.ColumnName(column) + _rowIndex };
        if (_options.TextColumns.Contains(column))
        {
            cell.StyleIndex = TextStyle;
        }

        switch (value)
        {
            case string text when _sharedStrings is not null:
                cell.DataType = CellValues.SharedString;
                cell.CellValue = new CellValue(SharedIndex(SpreadsheetText.ForXml(text)));
                break;
            case string text:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(Text(text));
                break;
            case int or long or decimal:
                cell.CellValue = new CellValue(Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
            case double number:
                cell.CellValue = new CellValue(number);
                break;
            default:
                throw new ArgumentException($"A cell holds text or a number, not {value.GetType().Name}.", nameof(value));
        }

        return cell;
    }

    private int SharedIndex(string text)
    {
        if (!_sharedStrings!.TryGetValue(text, out var index))
        {
            index = _sharedStrings.Count;
            _sharedStrings.Add(text, index);
        }

        return index;
    }

    private static Text Text(string text) => new(SpreadsheetText.ForXml(text)) { Space = SpaceProcessingModeValues.Preserve };

    private static void WriteSharedStrings(SharedStringTablePart part, Dictionary<string, int> strings)
    {
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartElement(new SharedStringTable { Count = (uint)strings.Count, UniqueCount = (uint)strings.Count });
        foreach (var text in strings.OrderBy(s => s.Value).Select(s => s.Key))
        {
            writer.WriteElement(new SharedStringItem(Text(text)));
        }

        writer.WriteEndElement();
    }

    /// <summary>The least a stylesheet must hold, and one cell format: Text ("@", number format 49).</summary>
    private static Stylesheet Styles() => new(
        new Fonts(new Font()) { Count = 1 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true }) { Count = 2 });
}
