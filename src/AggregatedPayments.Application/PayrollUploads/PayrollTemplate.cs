using AggregatedPayments.Localization;
using AggregatedPayments.Spreadsheets;

namespace AggregatedPayments.Payroll;

/// <summary>
/// The file a clerk fills: the header row in the clerk's language and one example row that passes every
/// check (a made-up card number with a valid check digit). In XLSX the reference and account number columns
/// are formatted as Text, so a card number typed there keeps all its digits.
/// </summary>
internal static class PayrollTemplate
{
    public const string ExampleCardNumber = "6222020000000007";

    public static XlsxWriterOptions XlsxOptions { get; } = new()
    {
        SheetName = "Payroll",
        TextColumns = [Index(PayrollColumns.MerchantReference), Index(PayrollColumns.AccountNumber)]
    };

    public static string FileName(string culture, PayrollFileFormat format) =>
        TextLocalizer.Instance.Get("PayrollUploads:Template", culture) + PayrollFileContent.ExtensionOf(format);

    public static async Task WriteAsync(SpreadsheetTableWriter table, string culture, CancellationToken cancellationToken)
    {
        await table.WriteRowAsync(PayrollColumns.File.Select(c => (object?)c.HeaderIn(culture)).ToList(), cancellationToken);
        await table.WriteRowAsync(Example(TextLocalizer.Normalize(culture) == "zh-Hans"), cancellationToken);
        await table.CompleteAsync(cancellationToken);
    }

    private static object?[] Example(bool chinese)
    {
        var values = new Dictionary<PayrollColumn, string?>
        {
            [PayrollColumns.MerchantReference] = "PAY-20250101-0001",
            [PayrollColumns.PayeeName] = chinese ? "张三" : "Zhang San",
            [PayrollColumns.AccountNumber] = ExampleCardNumber,
            [PayrollColumns.AccountType] = "BankCard",
            [PayrollColumns.BankCode] = "ICBC",
            [PayrollColumns.Amount] = "1234.50",
            [PayrollColumns.Currency] = "CNY",
            [PayrollColumns.Purpose] = chinese ? "工资" : "Salary",
            [PayrollColumns.Remark] = null
        };
        return PayrollColumns.File.Select(c => (object?)values[c]).ToArray();
    }

    private static int Index(PayrollColumn column) => PayrollColumns.File.ToList().IndexOf(column);
}
