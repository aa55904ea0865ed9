namespace AggregatedPayments.Channels.Sandbox;

/// <summary>A batch the sandbox received, with its exact bytes (a resend is compared with them) and what it said about each item the first time.</summary>
public sealed record SandboxBatch(
    string Key,
    byte[] Body,
    SandboxBatchRequest Request,
    IReadOnlyList<BatchItemResult> FirstAnswers,
    DateTime ReceivedAtUtc);
