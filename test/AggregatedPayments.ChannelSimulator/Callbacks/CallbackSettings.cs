namespace AggregatedPayments.ChannelSimulator.Callbacks;

/// <summary>The callback knobs of one channel, as posted to <c>/_sim/callbacks/settings</c>.</summary>
public sealed record CallbackSettings
{
    /// <summary>The channel the knobs apply to, as <see cref="PendingCallback.Channel"/> names it (e.g. <c>alipay</c>).</summary>
    public string Channel { get; init; } = string.Empty;

    /// <summary>Share of callbacks queued twice.</summary>
    public int DuplicatePercent { get; init; }

    /// <summary>Share of callbacks held back until the next delivery round.</summary>
    public int LatePercent { get; init; }

    /// <summary>Share of callbacks held until the next callback about the same key, then delivered after it.</summary>
    public int OutOfOrderPercent { get; init; }

    public int Seed { get; init; }
}
