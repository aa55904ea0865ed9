namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Transfer statuses of uni.transfer, common.query and the order-changed message, mapped as in
/// CHANNEL-PROTOCOLS.md section 6.
/// </summary>
internal static class AlipayTransferStatuses
{
    /// <summary>
    /// Null for any other status (WAIT_PAY, CLOSED and INIT belong to other products): an unknown
    /// word is never guessed into a state that moves money.
    /// </summary>
    public static ChannelPayoutState? Map(string? status) => status switch
    {
        "SUCCESS" => ChannelPayoutState.Succeeded,
        "DEALING" => ChannelPayoutState.Processing,
        "FAIL" => ChannelPayoutState.Failed,

        // A bank returned a bank-card transfer that Alipay had already reported as SUCCESS.
        "REFUND" => ChannelPayoutState.Returned,
        _ => null,
    };
}
