namespace AggregatedPayments.Notifications;

/// <summary>Why a try was not acknowledged; none when the endpoint answered 2xx.</summary>
public enum MerchantNotificationErrorKind
{
    /// <summary>The endpoint answered, with a status other than 2xx (a 3xx included: redirects are never followed).</summary>
    NotAcknowledged = 1,

    /// <summary>No answer within the outbound call's time.</summary>
    Timeout = 2,

    /// <summary>The outbound guard refused the address (internal, loopback, link-local, not allowed by an administrator).</summary>
    AddressNotAllowed = 3,

    /// <summary>The notify address is not an absolute http or https URL without credentials.</summary>
    InvalidAddress = 4,

    /// <summary>The host did not resolve, refused the connection or broke it.</summary>
    ConnectionFailed = 5,

    /// <summary>The answer was longer than the outbound call allows.</summary>
    ResponseTooLarge = 6,

    /// <summary>The merchant's notify address was removed after the event.</summary>
    NoAddress = 7,

    /// <summary>The merchant has no usable API secret to sign with.</summary>
    NoSigningKey = 8
}
