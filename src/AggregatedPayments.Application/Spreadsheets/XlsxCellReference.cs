namespace AggregatedPayments.Spreadsheets;

/// <summary>A1-style cell references: column letters for a zero-based column index, and back.</summary>
public static class XlsxCellReference
{
    public static string ColumnName(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>The zero-based column of a reference such as "AB12", or null when it has no column letters.</summary>
    public static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }

        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            var upper = char.ToUpperInvariant(c);
            if (upper is < 'A' or > 'Z')
            {
                break;
            }

            column = checked((column * 26) + (upper - 'A' + 1));
            letters++;
        }

        return letters == 0 ? null : column - 1;
    }
}
