namespace AggregatedPayments.Payroll;

/// <summary>
/// One pending payout exactly as a source gave it, before any check: text fields as read, the amount either
/// in minor units (the HTTP and database contracts) or as a decimal text in major units (files a clerk types).
/// <paramref name="SourceErrors"/> are what the source itself found wrong with the line (a spreadsheet cell that
/// lost digits): reported with the checks' own reasons, so such a line is never taken as valid.
/// </summary>
public sealed record PayrollItemInput(
    long Line,
    string? MerchantReference,
    string? PayeeName,
    string? AccountNumber,
    string? BankCode,
    long? AmountMinor,
    string? Currency,
    string? Purpose = null,
    string? Remark = null,
    string? AccountType = null,
    string? AmountText = null,
    IReadOnlyList<string>? SourceErrors = null)
{
    /// <summary>Masks the account number, so a log line or exception never carries it.</summary>
    public override string ToString() =>
        $"line {Line} {MerchantReference} {Encryption.SensitiveValueMasker.MaskAccountNumber(AccountNumber)} {AmountMinor?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? AmountText} {Currency}";
}
