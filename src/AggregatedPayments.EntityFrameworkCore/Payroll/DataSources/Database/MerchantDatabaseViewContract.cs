namespace AggregatedPayments.Payroll.DataSources;

/// <summary>The columns a merchant's view must have (docs/payroll-data-sources.md, "Merchant database"), in the order the reader selects them.</summary>
internal static class MerchantDatabaseViewContract
{
    public const string MerchantReference = "merchant_reference";
    public const string AmountMinor = "amount_minor";

    public static readonly IReadOnlyList<string> Columns =
    [
        MerchantReference, "payee_name", "account_number", "account_type", "bank_code", AmountMinor, "currency", "purpose", "remark"
    ];

    /// <summary>The contract's columns the view lacks; MySQL compares column names without regard to case.</summary>
    public static IReadOnlyList<string> Missing(IEnumerable<string> viewColumns)
    {
        var present = new HashSet<string>(viewColumns, StringComparer.OrdinalIgnoreCase);
        return Columns.Where(c => !present.Contains(c)).ToList();
    }
}
