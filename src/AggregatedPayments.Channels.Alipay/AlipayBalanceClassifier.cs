namespace AggregatedPayments.Channels.Alipay;

/// <summary>Turns an <c>alipay.fund.account.query</c> answer into a <see cref="BalanceResult"/>.</summary>
internal static class AlipayBalanceClassifier
{
    public static BalanceResult Classify(AlipayGatewayAnswer answer)
    {
        if (!answer.IsVerified)
        {
            return new BalanceResult.Unknown(answer.Failure!);
        }

        if (answer.Code != AlipayGatewayCodes.Success)
        {
            return new BalanceResult.Unknown($"The balance query was refused ({answer.Describe()}).");
        }

        if (!AlipayAmount.TryParseYuan(answer.Text("available_amount"), out var available))
        {
            return new BalanceResult.Unknown("The answer has no canonical available_amount.");
        }

        var frozenText = answer.Text("freeze_amount");
        long frozen = 0;
        if (frozenText is not null && !AlipayAmount.TryParseYuan(frozenText, out frozen))
        {
            return new BalanceResult.Unknown("The answered freeze_amount is not a yuan amount.");
        }

        return new BalanceResult.Known(AlipayCny.FromFen(available), frozenText is null ? null : AlipayCny.FromFen(frozen));
    }
}
