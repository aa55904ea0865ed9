namespace AggregatedPayments.Channels.Alipay;

/// <summary>The result of <see cref="AlipayNotificationParser"/>.</summary>
public sealed class AlipayNotificationResult
{
    /// <summary>The plain-text answer that stops Alipay's retries; anything else makes it retry.</summary>
    public const string SuccessAcknowledgement = "success";

    internal AlipayNotificationResult(
        AlipayNotificationOutcome outcome,
        string detail,
        IReadOnlyList<KeyValuePair<string, string>>? parameters = null,
        AlipayNotification? notification = null)
    {
        Outcome = outcome;
        Detail = detail;
        Parameters = parameters;
        Notification = notification;
    }

    public AlipayNotificationOutcome Outcome { get; }

    /// <summary>Why the outcome is what it is; names fields and rules, never their values.</summary>
    public string Detail { get; }

    /// <summary>
    /// The decoded form, when it could be decoded, for logging and for scheduling a query after an
    /// unverifiable message. Untrusted unless <see cref="Outcome"/> is Verified.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>>? Parameters { get; }

    /// <summary>Set only when verified.</summary>
    public AlipayNotification? Notification { get; }

    /// <summary><c>success</c> when verified, otherwise null: nothing unverified is ever acknowledged.</summary>
    public string? Acknowledgement => Outcome == AlipayNotificationOutcome.Verified ? SuccessAcknowledgement : null;
}
