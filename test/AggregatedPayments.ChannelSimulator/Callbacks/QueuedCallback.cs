namespace AggregatedPayments.ChannelSimulator.Callbacks;

/// <summary>
/// A callback in the outbox. <see cref="DueRound"/> is the first delivery round that may hand it out;
/// <see cref="AwaitsSuccessor"/> keeps an out-of-order one back until a later callback about the same key exists.
/// </summary>
public sealed record QueuedCallback(long Id, PendingCallback Callback, long DueRound, bool AwaitsSuccessor);
