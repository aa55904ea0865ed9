namespace AggregatedPayments.Ledger;

/// <summary>
/// The accounts of one merchant channel account and currency. Balances are debits minus credits:
/// Available, Held, PaidOut and Fees never fall below zero; Adjustments is their contra account
/// (negative while the provider holds the merchant's money), so all five always sum to zero.
/// </summary>
public enum LedgerAccount
{
    Available = 0,
    Held = 1,
    PaidOut = 2,
    Fees = 3,
    Adjustments = 4
}
