namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Turns a uni.transfer answer into a <see cref="SubmitResult"/> (CHANNEL-PROTOCOLS.md sections 1
/// and 6). Anything that does not prove what happened is Unknown, which the platform resolves by
/// a query and never by a new key.
/// </summary>
internal static class AlipaySubmitClassifier
{
    public static SubmitResult Classify(AlipayGatewayAnswer answer, AlipayStoredTransfer sent)
    {
        if (!answer.IsVerified)
        {
            return new SubmitResult.Unknown(answer.Failure!);
        }

        return answer.Code switch
        {
            AlipayGatewayCodes.Success => Accepted(answer, sent),

            // 20000 and 40004 SYSTEM_ERROR say the gateway does not know either: the transfer may exist.
            AlipayGatewayCodes.ServiceUnavailable => new SubmitResult.Unknown($"Service unavailable ({answer.Describe()}).", answer.Error()),
            AlipayGatewayCodes.BusinessFailed when answer.SubCode is null or AlipayGatewayCodes.SystemError =>
                new SubmitResult.Unknown($"System error ({answer.Describe()}).", answer.Error()),

            // Every other verified refusal goes out raw. The error dictionary decides whether it is
            // final; among these is Alipay's answer to an out_biz_no already used with different
            // parameters, which the dictionary must NOT mark final: the first request under that
            // key may have paid, so only a query can tell (ARCHITECTURE.md, Classifying an answer).
            var code when AlipayGatewayCodes.IsRefusal(code) => new SubmitResult.Refused(answer.Error()),
            _ => new SubmitResult.Unknown($"An undocumented gateway code ({answer.Describe()}).", answer.Error()),
        };
    }

    private static SubmitResult Accepted(AlipayGatewayAnswer answer, AlipayStoredTransfer sent)
    {
        var outBizNo = answer.Text("out_biz_no");
        if (outBizNo is not null && outBizNo != sent.OutBizNo)
        {
            return new SubmitResult.Unknown("The answer names another out_biz_no.");
        }

        // uni.transfer does not document trans_amount in its answer; when one is there it must match.
        var amount = answer.Text("trans_amount");
        if (amount is not null && !AlipayAmount.AnsweredAmountMatches(amount, sent.AmountFen))
        {
            return new SubmitResult.Unknown("The answered trans_amount differs from the amount sent.");
        }

        // FAIL with code 10000 is a verified, final answer about an order Alipay created (section 6:
        // FAIL is final), so it is Accepted in state Failed rather than a Refused for the
        // dictionary: the answer carries no error code to classify, and the confirming query reads
        // error_code and fail_reason.
        var state = AlipayTransferStatuses.Map(answer.Text("status"));
        return state is ChannelPayoutState.Succeeded or ChannelPayoutState.Processing or ChannelPayoutState.Failed
            ? new SubmitResult.Accepted(answer.Text("order_id"), state.Value)
            : new SubmitResult.Unknown("The transfer answer has no status a new transfer can have.");
    }
}
