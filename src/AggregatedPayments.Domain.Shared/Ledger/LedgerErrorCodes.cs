namespace AggregatedPayments.Ledger;

public static class LedgerErrorCodes
{
    public const string InsufficientAvailable = "AP:Ledger:InsufficientAvailable";
    public const string CurrencyMismatch = "AP:Ledger:CurrencyMismatch";
}
