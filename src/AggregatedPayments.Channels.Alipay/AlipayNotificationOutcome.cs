namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// What an asynchronous notification proved. Only <see cref="Verified"/> is acknowledged; any other
/// outcome is refused, and Alipay keeps retrying while the platform's own query settles the order.
/// </summary>
public enum AlipayNotificationOutcome
{
    /// <summary>Signed by Alipay for the expected app, fresh, and a transfer change message.</summary>
    Verified,

    /// <summary>Not a well-formed form, or a required field is missing or ill-typed.</summary>
    Malformed,

    /// <summary>Declared in a character set other than UTF-8 (the one this implementation signs and verifies in).</summary>
    UnsupportedCharset,

    /// <summary><c>sign_type</c> is not RSA2 (legacy SHA-1 <c>RSA</c> is not accepted).</summary>
    UnsupportedSignType,

    /// <summary>No signature, or one that does not match (a forgery or a tampered message).</summary>
    SignatureInvalid,

    /// <summary>Genuinely signed, but for another app: not this merchant channel's message.</summary>
    AppIdMismatch,

    /// <summary>Genuinely signed, but a message type this parser does not handle.</summary>
    UnexpectedMessage,

    /// <summary>Genuinely signed, but its <c>utc_timestamp</c> is outside the accepted window (a replay).</summary>
    Stale,
}
