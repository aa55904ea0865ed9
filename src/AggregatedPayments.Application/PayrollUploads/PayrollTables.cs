using AggregatedPayments.Spreadsheets;

namespace AggregatedPayments.Payroll;

/// <summary>The table writer of a payroll export in the format asked for.</summary>
internal static class PayrollTables
{
    public static SpreadsheetTableWriter Create(PayrollFileFormat format, Stream destination, PayrollUploadOptions options, XlsxWriterOptions? xlsx = null) =>
        format == PayrollFileFormat.Xlsx
            ? new XlsxTableWriter(destination, options.TemporaryDirectory, xlsx)
            : new CsvTableWriter(destination);
}
