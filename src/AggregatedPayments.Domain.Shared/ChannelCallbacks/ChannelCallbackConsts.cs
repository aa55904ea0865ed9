namespace AggregatedPayments.ChannelCallbacks;

public static class ChannelCallbackConsts
{
    /// <summary>Longest provider key we accept as a clue (Alipay out_biz_no: 64, PayPal sender ids: 127).</summary>
    public const int MaxKeyLength = 128;

    public const int MaxProviderReferenceLength = 128;

    public const int MaxFailureCodeLength = 128;

    /// <summary>Hex SHA-256 of the raw body.</summary>
    public const int FingerprintLength = 64;

    /// <summary>Larger bodies are refused unread: no provider's payout callback comes near it.</summary>
    public const int MaxBodyBytes = 64 * 1024;
}
