namespace AggregatedPayments.Payroll;

/// <summary>
/// One pending payout as the merchant's system sends it: the same fields as the HTTP data-source contract.
/// Nothing is refused by the model binder: every item is checked and answered line by line.
/// </summary>
public sealed class PayrollItemInputDto
{
    public string? MerchantReference { get; set; }

    public string? PayeeName { get; set; }

    public string? AccountNumber { get; set; }

    /// <summary>BankCard (the default), ProviderLogin or ProviderUserId.</summary>
    public string? AccountType { get; set; }

    /// <summary>A code of the Banks dictionary; required for a bank card.</summary>
    public string? BankCode { get; set; }

    /// <summary>Whole minor units (fen for CNY).</summary>
    public long? AmountMinor { get; set; }

    public string? Currency { get; set; }

    public string? Purpose { get; set; }

    public string? Remark { get; set; }
}
