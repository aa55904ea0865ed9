namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Turns a common.query answer into a <see cref="QueryResult"/>. NotFound only on a verified
/// ORDER_NOT_EXIST, because it licenses resending the stored request; every doubt is Unknown.
/// </summary>
internal static class AlipayQueryClassifier
{
    public static QueryResult Classify(AlipayGatewayAnswer answer, string key, long requestedFen)
    {
        if (!answer.IsVerified)
        {
            return new QueryResult.Unknown(answer.Failure!);
        }

        if (answer.Code == AlipayGatewayCodes.BusinessFailed && answer.SubCode == AlipayGatewayCodes.OrderNotExist)
        {
            return new QueryResult.NotFound();
        }

        if (answer.Code != AlipayGatewayCodes.Success)
        {
            return new QueryResult.Unknown($"The query was refused ({answer.Describe()}).");
        }

        var outBizNo = answer.Text("out_biz_no");
        if (outBizNo is not null && outBizNo != key)
        {
            return new QueryResult.Unknown("The answer names another out_biz_no.");
        }

        var status = answer.Text("status");
        if (AlipayTransferStatuses.Map(status) is not { } state)
        {
            return new QueryResult.Unknown($"The transfer has a status this adapter does not map ({status ?? "(none)"}).");
        }

        return Found(answer, state, requestedFen);
    }

    private static QueryResult Found(AlipayGatewayAnswer answer, ChannelPayoutState state, long requestedFen)
    {
        var amount = answer.Text("trans_amount");

        // Money moved (or came back) only in these states, so the amount must be there and match.
        var moneyMoved = state is ChannelPayoutState.Succeeded or ChannelPayoutState.Returned;
        if ((amount is not null || moneyMoved) && !AlipayAmount.AnsweredAmountMatches(amount, requestedFen))
        {
            return new QueryResult.Unknown("The answered trans_amount is missing or differs from the amount requested.");
        }

        var feeText = answer.Text("order_fee");
        long fee = 0;
        if (feeText is not null && !AlipayAmount.TryParseYuan(feeText, out fee))
        {
            return new QueryResult.Unknown("The answered order_fee is not a yuan amount.");
        }

        var failure = state == ChannelPayoutState.Failed
            ? new ProviderError(answer.Text("error_code") ?? "FAIL", null, answer.Text("fail_reason"))
            : null;

        DateTime? completedAt = state != ChannelPayoutState.Processing && AlipayBeijingTime.TryParse(answer.Text("pay_date"), out var payDate)
            ? payDate.UtcDateTime
            : null;

        return new QueryResult.Found(
            state,
            answer.Text("order_id"),
            amount is null ? null : AlipayCny.FromFen(requestedFen),
            feeText is null ? null : AlipayCny.FromFen(fee),
            failure,
            completedAt);
    }
}
