namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// A signed gateway request. <see cref="Body"/> is what gets stored (encrypted) before the request
/// leaves and resent byte for byte on every retry; nothing here is recomputed at send time.
/// </summary>
public sealed class AlipaySignedRequest
{
    private readonly byte[] body;

    internal AlipaySignedRequest(IReadOnlyList<KeyValuePair<string, string>> parameters, byte[] body, string timestamp)
    {
        Parameters = parameters;
        this.body = body;
        Timestamp = timestamp;
    }

    /// <summary>Every parameter in body order: the signed ones by name, then <c>sign</c>.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; }

    /// <summary>The exact <c>application/x-www-form-urlencoded</c> bytes.</summary>
    public ReadOnlyMemory<byte> Body => body;

    /// <summary>The <c>timestamp</c> parameter, Beijing time.</summary>
    public string Timestamp { get; }

    public string Sign => Parameters[^1].Value;
}
