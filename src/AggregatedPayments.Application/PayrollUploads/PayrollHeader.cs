namespace AggregatedPayments.Payroll;

/// <summary>
/// The header row matched against <see cref="PayrollColumns"/>: any order, either language, unknown
/// columns ignored. A missing required column fails the file, naming every one that is missing.
/// </summary>
public sealed class PayrollHeader
{
    private readonly Dictionary<PayrollColumn, int> _positions;

    private PayrollHeader(Dictionary<PayrollColumn, int> positions) => _positions = positions;

    public static PayrollHeader Match(IReadOnlyList<string?> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var positions = new Dictionary<PayrollColumn, int>();
        for (var i = 0; i < cells.Count; i++)
        {
            var column = cells[i] is { } header ? PayrollColumns.File.FirstOrDefault(c => c.Matches(header)) : null;
            if (column is null)
            {
                continue;
            }

            if (!positions.TryAdd(column, i))
            {
                throw PayrollUploadTexts.Failure(PayrollUploadsErrorCodes.DuplicateColumn, ("column", column));
            }
        }

        var missing = PayrollColumns.File.Where(c => c.IsRequired && !positions.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw PayrollUploadTexts.Failure(PayrollUploadsErrorCodes.MissingColumns, ("columns", string.Join(", ", missing)));
        }

        return new PayrollHeader(positions);
    }

    public PayrollItemInput ToInput(PayrollSheetRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var lostDigits = PayrollColumns.Identifiers.Any(c => _positions.TryGetValue(c, out var i) && row.LostDigitColumns.Contains(i));
        return new PayrollItemInput(
            row.Line,
            Cell(row, PayrollColumns.MerchantReference),
            Cell(row, PayrollColumns.PayeeName),
            Cell(row, PayrollColumns.AccountNumber),
            Cell(row, PayrollColumns.BankCode),
            AmountMinor: null,
            Cell(row, PayrollColumns.Currency),
            Cell(row, PayrollColumns.Purpose),
            Cell(row, PayrollColumns.Remark),
            Cell(row, PayrollColumns.AccountType),
            AmountText: Cell(row, PayrollColumns.Amount),
            SourceErrors: lostDigits ? [PayrollUploadsErrorCodes.NumberLostDigits] : null);
    }

    // An empty cell is absent in XLSX and "" in CSV: both are null, so the same rows read the same from either.
    private string? Cell(PayrollSheetRow row, PayrollColumn column) =>
        _positions.TryGetValue(column, out var i) && i < row.Cells.Count && row.Cells[i] is { Length: > 0 } text ? text : null;
}
