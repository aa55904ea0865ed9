using System.Xml;
using AggregatedPayments.Spreadsheets;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AggregatedPayments.Payroll;

/// <summary>
/// The rows of an XLSX payroll file's first worksheet, read with the Open XML SDK's SAX reader one row at a
/// time: the worksheet never loads whole. Only the shared-string table is held (rows refer to it by index).
/// A row's line is its row number in Excel.
/// </summary>
public static class PayrollXlsxReader
{
    /// <summary>A bound on the shared strings held in memory (characters), against a workbook crafted to expand without end.</summary>
    public const long MaxSharedStringCharacters = 64L * 1024 * 1024;

    public static IEnumerable<PayrollSheetRow> ReadRows(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var document = Open(content);
        using var rows = Guarded(() => ReadSheet(document).GetEnumerator());
        while (Guarded(rows.MoveNext))
        {
            yield return rows.Current;
        }
    }

    private static IEnumerable<PayrollSheetRow> ReadSheet(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart ?? throw Unreadable();
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw Unreadable();
        if (sheet.Id?.Value is not { } partId || workbook.GetPartById(partId) is not WorksheetPart worksheet)
        {
            throw Unreadable();
        }

        var sharedStrings = SharedStrings(workbook.SharedStringTablePart);
        using var reader = OpenXmlReader.Create(worksheet);
        long previousLine = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            previousLine = row.RowIndex?.Value ?? previousLine + 1;
            yield return ReadRow(previousLine, row, sharedStrings);
        }
    }

    private static PayrollSheetRow ReadRow(long line, Row row, IReadOnlyList<string> sharedStrings)
    {
        var cells = new List<string?>();
        HashSet<int>? lostDigits = null;
        var column = -1;
        foreach (var cell in row.Elements<Cell>())
        {
            column = XlsxCellReference.ColumnOf(cell.CellReference?.Value) ?? column + 1;
            while (cells.Count <= column)
            {
                cells.Add(null);
            }

            var (text, lost) = PayrollXlsxCellText.Read(cell, sharedStrings);
            cells[column] = text;
            if (lost)
            {
                (lostDigits ??= []).Add(column);
            }
        }

        return lostDigits is null ? new PayrollSheetRow(line, cells) : new PayrollSheetRow(line, cells, lostDigits);
    }

    private static List<string> SharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
        {
            return strings;
        }

        long characters = 0;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement)
            {
                continue;
            }

            var text = PayrollXlsxCellText.Of((SharedStringItem)reader.LoadCurrentElement()!);
            characters += text.Length;
            if (characters > MaxSharedStringCharacters)
            {
                throw Unreadable();
            }

            strings.Add(text);
        }

        return strings;
    }

    private static SpreadsheetDocument Open(Stream content) => Guarded(() => SpreadsheetDocument.Open(content, isEditable: false));

    /// <summary>A damaged package or malformed XML is the file's fault: the clerk is told to save it again.</summary>
    private static T Guarded<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception exception) when (exception is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException or InvalidOperationException)
        {
            throw new PayrollSourceException(Unreadable().Message, exception);
        }
    }

    private static PayrollSourceException Unreadable() => PayrollUploadTexts.Failure(PayrollUploadsErrorCodes.UnreadableWorkbook);
}
