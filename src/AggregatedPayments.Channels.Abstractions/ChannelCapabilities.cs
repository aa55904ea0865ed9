namespace AggregatedPayments.Channels;

/// <summary>
/// What an adapter declares about its provider.
/// </summary>
/// <param name="Functions">The functions the adapter implements.</param>
/// <param name="IdempotencyWindow">
/// How long the provider recognises a key it has seen: within it, a byte-identical resend after a
/// NotFound query is safe; past it, the attempt goes to manual review instead.
/// </param>
/// <param name="QueryRetention">How long the provider answers queries about a payout (WeChat: 30 days).</param>
/// <param name="MaxBatchItems">Items per batch request; 1 when the provider has no batch payout.</param>
/// <param name="Currencies">ISO 4217 codes the provider pays in.</param>
public sealed record ChannelCapabilities(
    ChannelFunctions Functions,
    TimeSpan IdempotencyWindow,
    TimeSpan QueryRetention,
    int MaxBatchItems,
    IReadOnlyList<string> Currencies)
{
    public bool Supports(ChannelFunctions function) => (Functions & function) == function;

    /// <summary>
    /// Whether the provider still recognises a key first sent at <paramref name="firstSentAtUtc"/>: only
    /// then does a byte-identical resend land on the same payout instead of making a second one.
    /// </summary>
    public bool AllowsResend(DateTime firstSentAtUtc, DateTime nowUtc) => nowUtc - firstSentAtUtc < IdempotencyWindow;
}
