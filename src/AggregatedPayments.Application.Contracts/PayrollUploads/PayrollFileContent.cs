namespace AggregatedPayments.Payroll;

/// <summary>
/// A file going to the caller: its name, media type, and its content, written when the caller is ready for it,
/// so a large report goes out as it is read and never sits in memory whole.
/// </summary>
public sealed class PayrollFileContent(string fileName, string contentType, Func<Stream, CancellationToken, Task> writeTo)
{
    public const string CsvContentType = "text/csv";

    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string FileName { get; } = fileName;

    public string ContentType { get; } = contentType;

    public Task WriteToAsync(Stream destination, CancellationToken cancellationToken = default) => writeTo(destination, cancellationToken);

    public static string ContentTypeOf(PayrollFileFormat format) => format == PayrollFileFormat.Xlsx ? XlsxContentType : CsvContentType;

    public static string ExtensionOf(PayrollFileFormat format) => format == PayrollFileFormat.Xlsx ? ".xlsx" : ".csv";
}
