namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>
/// Plays the bank behind a bank-card transfer: DEALING becomes SUCCESS or FAIL (the money comes
/// back), and a SUCCESS can later become REFUND (the bank returned it). Every change is visible to
/// the query and sends the order-changed message.
/// </summary>
public sealed class AlipaySettlement(AlipayLedger ledger, AlipayNotifier notifier, TimeProvider clock)
{
    /// <returns>The changed transfer, or why the change is not possible.</returns>
    public (AlipayTransfer? Transfer, string? Problem) Settle(AlipaySettleRequest request)
    {
        lock (ledger.Gate)
        {
            if (string.IsNullOrEmpty(request.OutBizNo) || ledger.Find(request.OutBizNo) is not { } transfer)
            {
                return (null, "No transfer under that out_biz_no.");
            }

            if (!transfer.IsBankCard)
            {
                return (null, "Only bank-card transfers are settled later; a transfer to an Alipay account is final at once.");
            }

            var now = clock.GetUtcNow();
            (AlipayTransfer Changed, long Back, string BizType, string Remark)? change = (request.Status, transfer.Status) switch
            {
                (AlipayProducts.Success, AlipayProducts.Dealing) =>
                    (transfer with { Status = AlipayProducts.Success, PayDate = now }, 0, string.Empty, string.Empty),
                (AlipayProducts.Fail, AlipayProducts.Dealing) =>
                    (transfer with { Status = AlipayProducts.Fail, PayDate = now, ErrorCode = request.ErrorCode ?? "PAYEE_CARD_INFO_ERROR", FailReason = "银行退回：收款方卡信息有误" },
                        transfer.AmountFen, "转账退回", "转账到银行卡失败退回"),
                (AlipayProducts.Refund, AlipayProducts.Success) =>
                    (transfer with { Status = AlipayProducts.Refund, PayDate = now }, transfer.AmountFen, "退票", "银行退票"),
                _ => null,
            };
            if (change is not { } made)
            {
                return (null, $"A transfer in {transfer.Status} cannot become {request.Status}.");
            }

            ledger.Change(made.Changed, made.Back, made.BizType, made.Remark);
            notifier.Notify(made.Changed);
            return (made.Changed, null);
        }
    }
}
