namespace AggregatedPayments.Channels.Sandbox;

/// <summary>
/// A payout the sandbox accepted, with the exact bytes that asked for it (a resend is compared
/// with them). Immutable: the ledger replaces it when processing ends, so a copy handed out never
/// changes under its reader.
/// </summary>
/// <param name="PlannedFailure">Decided by the rules at acceptance; shown only once the payout has failed.</param>
public sealed record SandboxPayout(
    string Key,
    byte[] RequestBody,
    SandboxRequest Request,
    string Reference,
    DateTime AcceptedAtUtc,
    DateTime CompletesAtUtc,
    ProviderError? PlannedFailure,
    ChannelPayoutState State,
    DateTime? CompletedAtUtc)
{
    public ChannelAmount Amount => Request.Amount;

    public ProviderError? Failure => State == ChannelPayoutState.Failed ? PlannedFailure : null;

    /// <summary>Ends processing: the planned failure, or success.</summary>
    public SandboxPayout Complete() => this with
    {
        State = PlannedFailure is null ? ChannelPayoutState.Succeeded : ChannelPayoutState.Failed,
        CompletedAtUtc = CompletesAtUtc
    };
}
