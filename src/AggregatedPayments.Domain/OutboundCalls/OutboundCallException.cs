using System.Globalization;
using System.Net.Http;
using AggregatedPayments.Localization;

namespace AggregatedPayments.OutboundCalls;

/// <summary>
/// The guard refused a call, or the answer outgrew its cap; <see cref="Code"/> says which
/// (<see cref="OutboundCallsErrorCodes"/>). An <see cref="HttpRequestException"/>, so that code which
/// knows only HttpClient — a channel adapter, which never sees the domain — treats it as the network
/// failure it is. It names the host as the caller gave it, never the address that host resolved to,
/// so that no message reveals the platform's internal network.
/// </summary>
public sealed class OutboundCallException : HttpRequestException
{
    private OutboundCallException(string code, string? host, HttpRequestError error, IReadOnlyDictionary<string, object?>? values = null)
        : base(error, TextLocalizer.Instance.Get(code, TextLocalizer.DefaultCulture, values))
    {
        Code = code;
        Host = host;
    }

    public string Code { get; }

    /// <summary>The host as the request named it; null when the address itself was not valid.</summary>
    public string? Host { get; }

    public static OutboundCallException AddressNotAllowed(string host) =>
        new(OutboundCallsErrorCodes.AddressNotAllowed, host, HttpRequestError.ConnectionError, new Dictionary<string, object?> { ["host"] = host });

    /// <summary>The address stays out of the message: it may carry a password in its user-info part.</summary>
    public static OutboundCallException InvalidAddress() =>
        new(OutboundCallsErrorCodes.InvalidAddress, null, HttpRequestError.Unknown);

    public static OutboundCallException ResponseTooLarge(string host, long limit) =>
        new(OutboundCallsErrorCodes.ResponseTooLarge, host, HttpRequestError.ConfigurationLimitExceeded, new Dictionary<string, object?>
        {
            ["host"] = host,
            ["limit"] = limit.ToString(CultureInfo.InvariantCulture)
        });
}
