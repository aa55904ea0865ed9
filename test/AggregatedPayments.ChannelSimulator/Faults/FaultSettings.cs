namespace AggregatedPayments.ChannelSimulator.Faults;

/// <summary>The fault knobs of one request path, as posted to <c>/_sim/faults</c>.</summary>
public sealed record FaultSettings
{
    /// <summary>The request path the knobs apply to, e.g. <c>/alipay/gateway.do</c>.</summary>
    public string Path { get; init; } = string.Empty;

    public int LatencyMs { get; init; }

    /// <summary>Share of requests answered with code 20000 (service unavailable) without processing.</summary>
    public int ErrorRatePercent { get; init; }

    /// <summary>Share of requests never answered within any sane client timeout.</summary>
    public int TimeoutPercent { get; init; }

    /// <summary>Share of requests processed (a transfer is paid) whose answer is then lost (502).</summary>
    public int LostAnswerPercent { get; init; }

    /// <summary>
    /// Share of requests processed (a transfer is paid) whose answer is held past the client's timeout
    /// and then dropped with the connection; unlike a lost answer, the client sees nothing at all.
    /// </summary>
    public int SuccessAfterTimeoutPercent { get; init; }

    /// <summary>How long a "timed out" or "success after timeout" request hangs before the simulator gives up on it.</summary>
    public int TimeoutHangMs { get; init; } = 120_000;

    public int Seed { get; init; }
}
