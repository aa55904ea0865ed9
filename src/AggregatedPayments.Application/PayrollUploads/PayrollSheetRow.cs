namespace AggregatedPayments.Payroll;

/// <summary>
/// One row of a payroll file as read: its line as the clerk sees it (the header is line 1), its cells as text
/// by zero-based column, and the columns whose cell was a number too long to have kept all its digits.
/// </summary>
public sealed record PayrollSheetRow(long Line, IReadOnlyList<string?> Cells, IReadOnlySet<int> LostDigitColumns)
{
    private static readonly IReadOnlySet<int> None = new HashSet<int>();

    public PayrollSheetRow(long line, IReadOnlyList<string?> cells)
        : this(line, cells, None)
    {
    }

    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);
}
