namespace AggregatedPayments.Spreadsheets;

/// <summary>
/// XLSX for an export: the package needs a seekable stream, so the workbook is built in a temporary file
/// (never in memory) and copied to the destination once complete; the file is deleted when disposed.
/// </summary>
public sealed class XlsxTableWriter : SpreadsheetTableWriter
{
    private readonly Stream _destination;
    private readonly FileStream _buffer;
    private readonly XlsxWriter _writer;

    public XlsxTableWriter(Stream destination, string temporaryDirectory, XlsxWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(destination);
        _destination = destination;
        _buffer = TemporaryFile.Create(temporaryDirectory);
        _writer = XlsxWriter.Create(_buffer, options);
    }

    public override Task WriteRowAsync(IReadOnlyList<object?> values, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(values);
        _writer.WriteRow(values.Select(Escape).ToList());
        return Task.CompletedTask;
    }

    public override async Task CompleteAsync(CancellationToken cancellationToken)
    {
        _writer.Dispose();
        _buffer.Position = 0;
        await _buffer.CopyToAsync(_destination, cancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        _writer.Dispose();
        await _buffer.DisposeAsync();
    }
}
