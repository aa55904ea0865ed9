namespace AggregatedPayments.Channels.Sandbox;

/// <summary>The sandbox's wire request for a batch: its key and the items, each a single request under its own key.</summary>
public sealed record SandboxBatchRequest(string BatchKey, IReadOnlyList<SandboxRequest> Items);
