using System.Globalization;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.OutboundCalls;

/// <summary>
/// The outbound-call guard refused or ended a call; <see cref="BusinessException.Code"/> says why
/// (<see cref="OutboundCallsErrorCodes"/>). It names the host as the caller gave it and never the
/// address it resolved to, so a message cannot reveal the platform's internal network.
/// </summary>
public sealed class OutboundCallException : BusinessException
{
    private OutboundCallException(string code, string? host)
        : base(code)
    {
        if (host is not null)
        {
            WithData("host", host);
        }
    }

    public static OutboundCallException AddressNotAllowed(string host) => new(OutboundCallsErrorCodes.AddressNotAllowed, host);

    /// <summary>The address itself stays out of the error: it may carry a password in its user-info part.</summary>
    public static OutboundCallException InvalidAddress() => new(OutboundCallsErrorCodes.InvalidAddress, null);

    public static OutboundCallException ResponseTooLarge(string host, long limit)
    {
        var exception = new OutboundCallException(OutboundCallsErrorCodes.ResponseTooLarge, host);
        exception.WithData("limit", limit.ToString(CultureInfo.InvariantCulture));
        return exception;
    }

    public static OutboundCallException TimedOut(string host) => new(OutboundCallsErrorCodes.Timeout, host);
}
