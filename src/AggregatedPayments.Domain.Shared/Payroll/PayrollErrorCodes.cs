namespace AggregatedPayments.Payroll;

/// <summary>Stable codes of the payroll intake: each line of an error report names one or more of them.</summary>
public static class PayrollErrorCodes
{
    private const string Prefix = "AP:Payroll:";

    public const string MissingReference = Prefix + "MissingReference";
    public const string InvalidReference = Prefix + "InvalidReference";
    public const string DuplicateReferenceInIntake = Prefix + "DuplicateReferenceInIntake";
    public const string ReferenceConflict = Prefix + "ReferenceConflict";
    public const string MissingPayeeName = Prefix + "MissingPayeeName";
    public const string PayeeNameTooLong = Prefix + "PayeeNameTooLong";
    public const string InvalidAccountType = Prefix + "InvalidAccountType";
    public const string MissingAccountNumber = Prefix + "MissingAccountNumber";
    public const string InvalidAccountNumber = Prefix + "InvalidAccountNumber";
    public const string AccountNumberCheckFailed = Prefix + "AccountNumberCheckFailed";
    public const string MissingBankCode = Prefix + "MissingBankCode";
    public const string UnknownBankCode = Prefix + "UnknownBankCode";
    public const string MissingAmount = Prefix + "MissingAmount";
    public const string InvalidAmount = Prefix + "InvalidAmount";
    public const string AmountNotPositive = Prefix + "AmountNotPositive";
    public const string AmountTooPrecise = Prefix + "AmountTooPrecise";
    public const string AmountAboveLimit = Prefix + "AmountAboveLimit";
    public const string MissingCurrency = Prefix + "MissingCurrency";
    public const string UnknownCurrency = Prefix + "UnknownCurrency";
    public const string CurrencyNotAllowed = Prefix + "CurrencyNotAllowed";
    public const string PurposeTooLong = Prefix + "PurposeTooLong";
    public const string RemarkTooLong = Prefix + "RemarkTooLong";
    public const string TooManyItems = Prefix + "TooManyItems";
    public const string NoItems = Prefix + "NoItems";
    public const string IntakeNotRunning = Prefix + "IntakeNotRunning";
    public const string ActInsideMerchant = Prefix + "ActInsideMerchant";
}
