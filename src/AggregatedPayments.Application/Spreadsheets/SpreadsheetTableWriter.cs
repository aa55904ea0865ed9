namespace AggregatedPayments.Spreadsheets;

/// <summary>
/// An export's table, row by row, into CSV or XLSX alike. Every text cell is escaped against formulas
/// (<see cref="SpreadsheetText.EscapeFormula"/>): what a merchant typed must never run in a clerk's Excel.
/// </summary>
public abstract class SpreadsheetTableWriter : IAsyncDisposable
{
    public abstract Task WriteRowAsync(IReadOnlyList<object?> values, CancellationToken cancellationToken);

    /// <summary>Finishes the file and sends what is left of it to the destination.</summary>
    public abstract Task CompleteAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();

    protected static object? Escape(object? value) => value is string text ? SpreadsheetText.EscapeFormula(text) : value;
}
