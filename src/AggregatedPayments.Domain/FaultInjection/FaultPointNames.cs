namespace AggregatedPayments.FaultInjection;

/// <summary>Every fault point, so a crash test can walk all of them.</summary>
public static class FaultPointNames
{
    /// <summary>The schema is migrated; nothing is seeded yet.</summary>
    public const string AfterMigration = "Startup.AfterMigration";

    /// <summary>The send is recorded and committed (FirstSentTime set); the request has not left.</summary>
    public const string AfterRecordSent = "Payouts.AfterRecordSent";

    /// <summary>The request left and the provider answered; the answer is not recorded.</summary>
    public const string AfterSendBeforeAnswer = "Payouts.AfterSendBeforeAnswer";

    /// <summary>The send's answer, the next plan and their jobs are committed.</summary>
    public const string AfterAnswerRecorded = "Payouts.AfterAnswerRecorded";

    /// <summary>A query answered; nothing of it is recorded.</summary>
    public const string AfterQueryBeforeRecord = "Payouts.AfterQueryBeforeRecord";

    /// <summary>A NotFound is counted and committed; the stored request has not been resent.</summary>
    public const string AfterNotFoundRecorded = "Payouts.AfterNotFoundRecorded";

    /// <summary>The stored request was resent after a NotFound and answered; the answer is not recorded.</summary>
    public const string AfterResend = "Payouts.AfterResend";

    /// <summary>A query's answer and the next plan are committed.</summary>
    public const string AfterQueryRecorded = "Payouts.AfterQueryRecorded";

    /// <summary>A batch is frozen, its request stored and its items recorded as sent, all committed; it has not left.</summary>
    public const string BatchAfterFrozen = "Payouts.Batch.AfterFrozen";

    /// <summary>The batch left and the provider answered; nothing of the answer is recorded.</summary>
    public const string BatchAfterSendBeforeAnswer = "Payouts.Batch.AfterSendBeforeAnswer";

    /// <summary>The batch's answer is recorded on the batch and on every item, with their next plans.</summary>
    public const string BatchAfterAnswerRecorded = "Payouts.Batch.AfterAnswerRecorded";

    /// <summary>A batch query answered; nothing of it is recorded.</summary>
    public const string BatchAfterQueryBeforeRecord = "Payouts.Batch.AfterQueryBeforeRecord";

    /// <summary>A batch NotFound is counted and committed; the stored batch has not been resent.</summary>
    public const string BatchAfterNotFoundRecorded = "Payouts.Batch.AfterNotFoundRecorded";

    /// <summary>The stored batch was resent after a NotFound and answered; the answer is not recorded.</summary>
    public const string BatchAfterResend = "Payouts.Batch.AfterResend";

    public static IReadOnlyList<string> All { get; } =
    [
        AfterMigration, AfterRecordSent, AfterSendBeforeAnswer, AfterAnswerRecorded,
        AfterQueryBeforeRecord, AfterNotFoundRecorded, AfterResend, AfterQueryRecorded,
        BatchAfterFrozen, BatchAfterSendBeforeAnswer, BatchAfterAnswerRecorded,
        BatchAfterQueryBeforeRecord, BatchAfterNotFoundRecorded, BatchAfterResend
    ];
}
