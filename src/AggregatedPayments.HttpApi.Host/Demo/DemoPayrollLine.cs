namespace AggregatedPayments.Demo;

/// <summary>One pending payout of the demo payroll, in the HTTP data source contract's fields.</summary>
public sealed record DemoPayrollLine(
    string MerchantReference,
    string PayeeName,
    string AccountNumber,
    string BankCode,
    long AmountMinor,
    string Currency,
    string Purpose,
    string Remark);
