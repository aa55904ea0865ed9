using System.Runtime.CompilerServices;

namespace AggregatedPayments.Payroll;

/// <summary>The rows of any payroll file as inputs: the first non-blank row is the header, blank rows are skipped.</summary>
public static class PayrollSheet
{
    public static async IAsyncEnumerable<PayrollItemInput> ToInputsAsync(IAsyncEnumerable<PayrollSheetRow> rows, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        PayrollHeader? header = null;
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            if (row.IsBlank)
            {
                continue;
            }

            if (header is null)
            {
                header = PayrollHeader.Match(row.Cells);
                continue;
            }

            yield return header.ToInput(row);
        }

        if (header is null)
        {
            throw PayrollUploadTexts.Failure(PayrollUploadsErrorCodes.NoHeader);
        }
    }
}
