using System.Globalization;
using System.Text;
using AggregatedPayments.Spreadsheets;
using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace AggregatedPayments.Payroll;

/// <summary>
/// Payroll files as a clerk would make them from <see cref="PayrollItemInput"/>s: the template's columns,
/// headers in either language, one line per item in order (the first item on line 2). The amount is the
/// item's <see cref="PayrollItemInput.AmountText"/>, else its minor units in yuan; in XLSX a number cell
/// when it is a number, as Excel stores what a clerk types.
/// </summary>
public static class PayrollFiles
{
    public static byte[] Xlsx(IEnumerable<PayrollItemInput> items, string culture = "en", bool sharedStrings = true, bool cardNumbersAsNumbers = false)
    {
        using var file = new MemoryStream();
        using (var writer = XlsxWriter.Create(file, new XlsxWriterOptions { SharedStrings = sharedStrings }))
        {
            writer.WriteRow(Headers(culture));
            foreach (var item in items)
            {
                writer.WriteRow(XlsxCells(item, cardNumbersAsNumbers));
            }
        }

        return file.ToArray();
    }

    public static byte[] Csv(IEnumerable<PayrollItemInput> items, string culture = "en", Encoding? encoding = null)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var field in Headers(culture))
            {
                csv.WriteField(field);
            }

            csv.NextRecord();
            foreach (var item in items)
            {
                foreach (var field in Fields(item))
                {
                    csv.WriteField(field);
                }

                csv.NextRecord();
            }
        }

        return (encoding ?? new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)).GetPreamble()
            .Concat((encoding ?? Encoding.UTF8).GetBytes(text.ToString())).ToArray();
    }

    /// <summary>One CSV record of an item, line break included, to append to a downloaded CSV template.</summary>
    public static string CsvRecord(PayrollItemInput item) =>
        string.Join(",", Fields(item).Select(f => "\"" + (f ?? "").Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + "\r\n";

    /// <summary>Appends items to a workbook (a downloaded template) the way a clerk fills it: below its last row, on its first sheet.</summary>
    public static byte[] AppendToXlsx(byte[] workbook, IEnumerable<PayrollItemInput> items)
    {
        using var file = new MemoryStream();
        file.Write(workbook);
        using (var document = SpreadsheetDocument.Open(file, isEditable: true))
        {
            var part = document.WorkbookPart!.WorksheetParts.First();
            var data = part.Worksheet.GetFirstChild<SheetData>()!;
            var rowIndex = data.Elements<Row>().Max(r => r.RowIndex!.Value);
            foreach (var item in items)
            {
                rowIndex++;
                var row = new Row { RowIndex = rowIndex };
                var fields = Fields(item);
                for (var column = 0; column < fields.Length; column++)
                {
                    row.Append(new Cell
                    {
                        CellReference = XlsxCellReference.ColumnName(column) + rowIndex,
                        DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(fields[column] ?? ""))
                    });
                }

                data.Append(row);
            }

            part.Worksheet.Save();
        }

        return file.ToArray();
    }

    /// <summary>The amount as a clerk types it in yuan: 100 for 100_00, 123.45 for 123_45.</summary>
    public static string AmountText(PayrollItemInput item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.AmountText ?? ((item.AmountMinor ?? 0) / 100m).ToString("0.##", CultureInfo.InvariantCulture);
    }

    private static object?[] Headers(string culture) => PayrollColumns.File.Select(c => (object?)c.HeaderIn(culture)).ToArray();

    private static string?[] Fields(PayrollItemInput item) =>
    [
        item.MerchantReference, item.PayeeName, item.AccountNumber, item.AccountType, item.BankCode,
        AmountText(item), item.Currency, item.Purpose, item.Remark
    ];

    private static object?[] XlsxCells(PayrollItemInput item, bool cardNumbersAsNumbers)
    {
        var cells = Fields(item).Cast<object?>().ToArray();
        if (decimal.TryParse(AmountText(item), NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var amount))
        {
            cells[5] = amount;
        }

        if (cardNumbersAsNumbers && decimal.TryParse(item.AccountNumber, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            cells[2] = number;
        }

        return cells;
    }
}
