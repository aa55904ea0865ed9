namespace AggregatedPayments.Payroll;

/// <summary>Stable codes of choosing pending payouts, submitting and discarding them.</summary>
public static class PayrollSelectionErrorCodes
{
    private const string Prefix = "AP:PayrollSelection:";

    /// <summary>A selection names exactly one of: item ids, a filter, or all pending items.</summary>
    public const string SelectionRequired = Prefix + "SelectionRequired";

    public const string TooManyItemIds = Prefix + "TooManyItemIds";

    public const string DiscardReasonRequired = Prefix + "DiscardReasonRequired";

    /// <summary>Items of a chunk changed while it was written (another submission took some): the chunk is read again.</summary>
    public const string SelectionChanged = Prefix + "SelectionChanged";

    /// <summary>The submission stopped on an unexpected error; what was submitted before stays.</summary>
    public const string SubmissionInterrupted = Prefix + "SubmissionInterrupted";

    public const string SkippedInvalid = Prefix + "Skipped.Invalid";
    public const string SkippedAlreadySubmitted = Prefix + "Skipped.AlreadySubmitted";
    public const string SkippedDiscarded = Prefix + "Skipped.Discarded";
    public const string SkippedNotFound = Prefix + "Skipped.NotFound";
    public const string SkippedAboveLimit = Prefix + "Skipped.AboveLimit";
}
