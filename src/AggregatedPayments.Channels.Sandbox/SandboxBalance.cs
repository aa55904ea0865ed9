namespace AggregatedPayments.Channels.Sandbox;

/// <summary>
/// One currency of a sandbox account, in minor units: what can be paid out, and what is held by
/// payouts still processing. Mutated only under the ledger's lock.
/// </summary>
internal sealed class SandboxBalance(int exponent)
{
    public int Exponent { get; } = exponent;

    public long Available { get; set; }

    public long Frozen { get; set; }
}
