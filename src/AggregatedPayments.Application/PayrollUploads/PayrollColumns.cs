namespace AggregatedPayments.Payroll;

/// <summary>
/// The one place that names the columns: the template writes them, the readers match them (in either
/// language, any order), the error report heads its own columns with them.
/// </summary>
public static class PayrollColumns
{
    public static PayrollColumn MerchantReference { get; } = new("MerchantReference", "商户流水号", IsRequired: true);

    public static PayrollColumn PayeeName { get; } = new("PayeeName", "收款人姓名", IsRequired: true);

    public static PayrollColumn AccountNumber { get; } = new("AccountNumber", "收款账号", IsRequired: true);

    /// <summary>Optional: empty means a bank card.</summary>
    public static PayrollColumn AccountType { get; } = new("AccountType", "账户类型");

    /// <summary>Optional as a column: only bank cards need it, and the check says so line by line.</summary>
    public static PayrollColumn BankCode { get; } = new("BankCode", "银行编码");

    /// <summary>In major units as a clerk types it: 1234.50.</summary>
    public static PayrollColumn Amount { get; } = new("Amount", "金额", IsRequired: true);

    public static PayrollColumn Currency { get; } = new("Currency", "币种", IsRequired: true);

    public static PayrollColumn Purpose { get; } = new("Purpose", "用途");

    public static PayrollColumn Remark { get; } = new("Remark", "备注");

    /// <summary>A payroll file's columns, in the template's order.</summary>
    public static IReadOnlyList<PayrollColumn> File { get; } =
        [MerchantReference, PayeeName, AccountNumber, AccountType, BankCode, Amount, Currency, Purpose, Remark];

    /// <summary>Columns where a long number stored as an Excel number would have lost digits.</summary>
    public static IReadOnlyList<PayrollColumn> Identifiers { get; } = [MerchantReference, AccountNumber];

    public static PayrollColumn ReportLine { get; } = new("Line", "行号");

    public static PayrollColumn ReportCodes { get; } = new("ErrorCodes", "错误代码");

    public static PayrollColumn ReportMessages { get; } = new("ErrorMessages", "错误说明");

    /// <summary>An error report's columns.</summary>
    public static IReadOnlyList<PayrollColumn> Report { get; } = [ReportLine, MerchantReference, PayeeName, ReportCodes, ReportMessages];
}
