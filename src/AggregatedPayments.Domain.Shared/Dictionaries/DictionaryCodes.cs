namespace AggregatedPayments.Dictionaries;

/// <summary>The service dictionaries the platform seeds and reads itself; their codes never change.</summary>
public static class DictionaryCodes
{
    /// <summary>Payee banks, keyed by the short code payout channels use (ICBC, CMB, …).</summary>
    public const string Banks = "Banks";

    /// <summary>ISO 4217 currencies, keyed by the alphabetic code, with numeric code and minor units in the extra data.</summary>
    public const string Currencies = "Currencies";

    /// <summary>Why a merchant pays someone (salary, reimbursement, …): asked by payout forms and some channels.</summary>
    public const string PayoutPurposes = "PayoutPurposes";

    /// <summary>Identity documents of a payee (resident ID card, passport, business licence, …).</summary>
    public const string IdTypes = "IdTypes";
}
