namespace AggregatedPayments.Payouts;

/// <summary>The payee as shown anywhere: the account number masked, always.</summary>
public sealed record PayeeDto(
    string MaskedAccountNumber,
    string AccountName,
    string AccountType,
    string? BankCode,
    string? BankName,
    string? BranchName);
