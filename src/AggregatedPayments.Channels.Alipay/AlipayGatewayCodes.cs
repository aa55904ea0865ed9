namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Gateway <c>code</c> and <c>sub_code</c> values the adapter decides on (CHANNEL-PROTOCOLS.md
/// section 1). Decisions are made on codes, never on <c>msg</c>/<c>sub_msg</c> texts.
/// </summary>
public static class AlipayGatewayCodes
{
    public const string Success = "10000";

    /// <summary>Service unavailable: the call may or may not have taken effect.</summary>
    public const string ServiceUnavailable = "20000";

    public const string InsufficientAuthorization = "20001";
    public const string MissingParameter = "40001";
    public const string InvalidParameter = "40002";
    public const string BusinessFailed = "40004";
    public const string InsufficientPermission = "40006";

    /// <summary>A 40004 sub_code that, unlike the others, says nothing about whether the call took effect.</summary>
    public const string SystemError = "SYSTEM_ERROR";

    /// <summary>
    /// The documented 40004 sub_code of <c>alipay.fund.trans.common.query</c> for "转账订单不存在":
    /// no transfer exists under that out_biz_no.
    /// </summary>
    public const string OrderNotExist = "ORDER_NOT_EXIST";

    /// <summary>
    /// Codes that prove the gateway refused the request before any business processing: a request
    /// bug, a bad signature, missing authorisation, or a 40004 business refusal.
    /// </summary>
    public static bool IsRefusal(string? code) =>
        code is MissingParameter or InvalidParameter or BusinessFailed or InsufficientAuthorization or InsufficientPermission;
}
