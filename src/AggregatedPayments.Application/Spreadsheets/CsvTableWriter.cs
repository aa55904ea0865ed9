using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace AggregatedPayments.Spreadsheets;

/// <summary>
/// CSV straight to the destination, record by record. UTF-8 with a byte order mark, which is how Excel
/// (in China too) knows the file is not in the machine's ANSI code page.
/// </summary>
public sealed class CsvTableWriter : SpreadsheetTableWriter
{
    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;

    public CsvTableWriter(Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        _text = new StreamWriter(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true);

        // Escaping is ours (one rule for CSV and XLSX), so CsvHelper's own injection handling stays off.
        _csv = new CsvWriter(_text, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.None });
    }

    public override async Task WriteRowAsync(IReadOnlyList<object?> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            _csv.WriteField(Convert.ToString(Escape(value), CultureInfo.InvariantCulture) ?? "");
        }

        await _csv.NextRecordAsync();
    }

    public override async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await _csv.FlushAsync();
        await _text.FlushAsync(cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        await _csv.DisposeAsync();
        await _text.DisposeAsync();
    }
}
