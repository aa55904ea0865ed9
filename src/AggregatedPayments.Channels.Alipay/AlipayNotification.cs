namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// A verified <c>alipay.fund.trans.order.changed</c> message: the envelope and the transfer fields
/// of its <c>biz_content</c>, as Alipay sent them (amount as its yuan string, times as Beijing wall
/// clock text). It is a hint to query, not a result to post.
/// </summary>
public sealed record AlipayNotification
{
    public required string NotifyId { get; init; }

    public required string AppId { get; init; }

    public required string MsgMethod { get; init; }

    /// <summary>When Alipay sent the message (<c>utc_timestamp</c>, milliseconds).</summary>
    public required DateTimeOffset SentAt { get; init; }

    /// <summary>The <c>biz_content</c> JSON exactly as received, for the audit record.</summary>
    public required string BizContent { get; init; }

    public required string OutBizNo { get; init; }

    public required string Status { get; init; }

    public string? OrderId { get; init; }

    public string? PayFundOrderId { get; init; }

    /// <summary>Yuan string; check it with <see cref="AlipayAmount.AnsweredAmountMatches"/>.</summary>
    public string? TransAmount { get; init; }

    public string? PayDate { get; init; }

    public string? ErrorCode { get; init; }

    public string? FailReason { get; init; }
}
