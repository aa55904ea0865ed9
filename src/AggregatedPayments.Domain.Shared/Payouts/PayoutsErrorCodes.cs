namespace AggregatedPayments.Payouts;

/// <summary>
/// The payout core's own refusals. The channel-facing reasons a payout failed (insufficient balance,
/// payee invalid…) are platform entries of the error dictionary (<c>PayoutErrorCodes</c>), not these.
/// </summary>
public static class PayoutsErrorCodes
{
    public const string InvalidMerchantReference = "AP:Payouts:InvalidMerchantReference";
    public const string ReferenceConflict = "AP:Payouts:ReferenceConflict";
    public const string ReferenceInUse = "AP:Payouts:ReferenceInUse";
    public const string DuplicateReferenceInRequest = "AP:Payouts:DuplicateReferenceInRequest";
    public const string NoLines = "AP:Payouts:NoLines";
    public const string TooManyLines = "AP:Payouts:TooManyLines";
    public const string AggregatedPayeeMismatch = "AP:Payouts:AggregatedPayeeMismatch";
    public const string CurrencyMismatch = "AP:Payouts:CurrencyMismatch";
    public const string InvalidAmount = "AP:Payouts:InvalidAmount";
    public const string InvalidPayee = "AP:Payouts:InvalidPayee";
    public const string NewAttemptNotAllowed = "AP:Payouts:NewAttemptNotAllowed";
    public const string CannotCancel = "AP:Payouts:CannotCancel";
    public const string StateChanged = "AP:Payouts:StateChanged";
    public const string InvalidCursor = "AP:Payouts:InvalidCursor";
    public const string ActInsideMerchant = "AP:Payouts:ActInsideMerchant";
    public const string CannotCorrect = "AP:Payouts:CannotCorrect";
    public const string NothingToCorrect = "AP:Payouts:NothingToCorrect";
    public const string UnknownLine = "AP:Payouts:UnknownLine";
    public const string UnknownMerchantChannel = "AP:Payouts:UnknownMerchantChannel";
    public const string IdempotencyKeyReused = "AP:Payouts:IdempotencyKeyReused";
    public const string IdempotencyKeyInProgress = "AP:Payouts:IdempotencyKeyInProgress";
    public const string InvalidIdempotencyKey = "AP:Payouts:InvalidIdempotencyKey";
    public const string NotInReview = "AP:Payouts:NotInReview";
    public const string NoAttempt = "AP:Payouts:NoAttempt";
}
