using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace AggregatedPayments.Payroll;

/// <summary>
/// The records of a CSV payroll file, one at a time (CsvHelper's parser: quoted fields, commas and line
/// breaks inside quotes). A record's line is its place in the file as Excel shows it, blank ones counted.
/// </summary>
public static class PayrollCsvReader
{
    public static async IAsyncEnumerable<PayrollSheetRow> ReadRowsAsync(Stream content, Encoding encoding, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var text = new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            HasHeaderRecord = false,

            // Blank lines are read (and skipped by the sheet) so that the lines after them keep their numbers.
            IgnoreBlankLines = false,

            // A stray quote inside a field is taken as typed; the checks judge the value.
            BadDataFound = null,
            MissingFieldFound = null
        };
        using var parser = new CsvParser(text, configuration);
        long line = 0;
        while (await parser.ReadAsync())
        {
            cancellationToken.ThrowIfCancellationRequested();
            line++;
            yield return new PayrollSheetRow(line, parser.Record ?? []);
        }
    }
}
