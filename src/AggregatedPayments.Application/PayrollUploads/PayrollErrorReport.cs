using System.Globalization;
using AggregatedPayments.Data;
using AggregatedPayments.Localization;
using AggregatedPayments.Spreadsheets;

namespace AggregatedPayments.Payroll;

/// <summary>
/// An intake's refused lines as a file: line, reference as given, the payee name when the line was kept as
/// an invalid item, the codes and their texts in the reader's language. Read from the database a page at a
/// time in line order (keyset on the line, which is unique within an intake), written as it is read.
/// </summary>
public sealed class PayrollErrorReport(IRepository<PayrollIntakeError> errors, IRepository<PayrollItem> items, IAsyncQueryExecuter executer)
{
    public const int PageSize = 1000;

    public static string FileName(PayrollIntake intake, PayrollFileFormat format)
    {
        ArgumentNullException.ThrowIfNull(intake);
        return TextLocalizer.Instance.Get("PayrollUploads:ErrorReport", CultureInfo.CurrentUICulture.Name) + "-"
               + intake.CreationTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + PayrollFileContent.ExtensionOf(format);
    }

    public async Task WriteAsync(Guid intakeId, SpreadsheetTableWriter table, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        var culture = CultureInfo.CurrentUICulture.Name;
        await table.WriteRowAsync(PayrollColumns.Report.Select(c => (object?)c.HeaderIn(culture)).ToList(), cancellationToken);
        long? afterLine = null;
        while (true)
        {
            var query = errors.QueryNoTracking().Where(e => e.IntakeId == intakeId);
            if (afterLine is { } after)
            {
                query = query.Where(e => e.Line > after);
            }

            var page = await executer.ToListAsync(query.OrderBy(e => e.Line).Take(PageSize), cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            var names = await PayeeNamesAsync(intakeId, page, cancellationToken);
            foreach (var error in page)
            {
                var codes = error.CodeList;
                await table.WriteRowAsync(
                    [error.Line, error.MerchantReference, names.GetValueOrDefault(error.Line), string.Join(",", codes), string.Join("; ", PayrollDtoMapper.Errors(codes).Select(e => e.Message))],
                    cancellationToken);
            }

            afterLine = page[^1].Line;
        }

        await table.CompleteAsync(cancellationToken);
    }

    private async Task<Dictionary<long, string>> PayeeNamesAsync(Guid intakeId, List<PayrollIntakeError> page, CancellationToken cancellationToken)
    {
        var lines = page.Select(e => e.Line).ToList();
        var kept = await executer.ToListAsync(
            items.QueryNoTracking().Where(i => i.IntakeId == intakeId && lines.Contains(i.SourceLine)).Select(i => new { i.SourceLine, i.PayeeName }),
            cancellationToken);
        return kept.GroupBy(i => i.SourceLine).ToDictionary(g => g.Key, g => g.First().PayeeName);
    }
}
