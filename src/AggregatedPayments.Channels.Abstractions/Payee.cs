namespace AggregatedPayments.Channels;

/// <summary>Who receives the money, in clear only inside the adapter call that needs it.</summary>
/// <param name="AccountType">What <paramref name="AccountNumber"/> is: a bank card, or a provider account (an Alipay login id, an Alipay user id…).</param>
public sealed record Payee(
    string AccountNumber,
    string AccountName,
    PayeeAccountType AccountType,
    string? BankCode = null,
    string? BankName = null,
    string? BranchName = null,
    bool IsCorporate = false);
