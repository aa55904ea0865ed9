namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// A configured key or certificate cannot be used. Messages name the expected format only and
/// never echo the supplied text, which may be a private key.
/// </summary>
public sealed class AlipayKeyFormatException : FormatException
{
    public AlipayKeyFormatException(string message)
        : base(message)
    {
    }

    public AlipayKeyFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
