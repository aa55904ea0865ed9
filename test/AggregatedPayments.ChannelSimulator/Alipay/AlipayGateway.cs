using System.Globalization;
using System.Text.Json.Nodes;
using AggregatedPayments.ChannelSimulator.Faults;
using AggregatedPayments.ChannelSimulator.Payouts;
using AggregatedPayments.ChannelSimulator.Signing;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>
/// The open platform gateway for the three methods the adapter calls, with the fault knobs of the
/// gateway path applied around it.
/// </summary>
public sealed class AlipayGateway(AlipayKeys keys, AlipayLedger ledger, PayoutLog payouts, FaultKnobs faults, TimeProvider clock)
{
    public const string Path = "/alipay/gateway.do";
    public const string TransferMethod = "alipay.fund.trans.uni.transfer";
    public const string QueryMethod = "alipay.fund.trans.common.query";
    public const string AccountMethod = "alipay.fund.account.query";

    private static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    public async Task HandleAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;
        var fault = faults.Decide(Path);
        if (fault.LatencyMs > 0)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(fault.LatencyMs), clock, aborted);
        }

        if (fault.Kind == FaultKind.Timeout)
        {
            // Nothing is processed and nothing is answered: the client's own timeout must fire first.
            await Task.Delay(TimeSpan.FromMilliseconds(fault.TimeoutHangMs), clock, aborted);
            context.Abort();
            return;
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, aborted);
        var answer = Answer(FormBody.Parse(body.ToArray()), fault.Kind);

        if (fault.Kind == FaultKind.LostAnswer)
        {
            // The work is done (a transfer is paid), but the answer never reaches the client.
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            return;
        }

        if (fault.Kind == FaultKind.SuccessAfterTimeout)
        {
            // The work is done, but the answer comes too late for the client, which has given up by then.
            await Task.Delay(TimeSpan.FromMilliseconds(fault.TimeoutHangMs), clock, aborted);
            context.Abort();
            return;
        }

        context.Response.ContentType = "application/json;charset=utf-8";
        await context.Response.WriteAsync(answer, aborted);
    }

    private string Answer(Dictionary<string, string>? form, FaultKind fault)
    {
        if (form is null)
        {
            return AlipayAnswer.Error(keys, AlipayAnswer.ErrorNode, "40002", "Invalid Arguments", "isv.invalid-parameter", "请求参数无法解析");
        }

        if (!form.TryGetValue("sign", out var sign) || sign.Length == 0)
        {
            return AlipayAnswer.Error(keys, AlipayAnswer.ErrorNode, "40001", "Missing Required Arguments", "isv.missing-signature", "缺少签名参数");
        }

        if (form.GetValueOrDefault("sign_type") != "RSA2")
        {
            return AlipayAnswer.Error(keys, AlipayAnswer.ErrorNode, "40002", "Invalid Arguments", "isv.invalid-signature-type", "无效的签名类型");
        }

        if (!Rsa2.Verify(keys.AppPublicKey, SignContent.ForRequest(form), sign))
        {
            return AlipayAnswer.Error(keys, AlipayAnswer.ErrorNode, "40002", "Invalid Arguments", "isv.invalid-signature", "验签出错");
        }

        var method = form.GetValueOrDefault("method") ?? string.Empty;
        if (method is not (TransferMethod or QueryMethod or AccountMethod))
        {
            return AlipayAnswer.Error(keys, AlipayAnswer.ErrorNode, "40002", "Invalid Arguments", "isv.invalid-method", "不存在的方法名");
        }

        var node = AlipayAnswer.NodeFor(method);
        if (fault == FaultKind.Error)
        {
            return AlipayAnswer.Error(keys, node, "20000", "Service Currently Unavailable", "isp.unknow-error", "系统繁忙");
        }

        var biz = AlipayLedger.ParseObject(form.GetValueOrDefault("biz_content"));
        if (biz is null && method != AccountMethod)
        {
            return AlipayAnswer.Error(keys, node, "40002", "Invalid Arguments", "isv.invalid-parameter", "biz_content 不是 JSON 对象");
        }

        return method switch
        {
            TransferMethod => Transfer(node, biz!),
            QueryMethod => Query(node, biz!),
            _ => Account(node),
        };
    }

    private string Transfer(string node, JsonNode biz)
    {
        var outBizNo = Text(biz, "out_biz_no");
        var amountText = Text(biz, "trans_amount");
        if (string.IsNullOrEmpty(outBizNo) || !AlipayLedger.TryParseYuan(amountText, out var amountFen) || amountFen <= 0)
        {
            return AlipayAnswer.Error(keys, node, "40002", "Invalid Arguments", "isv.invalid-parameter", "out_biz_no 或 trans_amount 无效");
        }

        lock (ledger.Gate)
        {
            if (ledger.Find(outBizNo) is { } existing)
            {
                // Alipay's idempotency: the same request gets the same answer; a changed one is refused.
                return JsonNode.DeepEquals(existing.BizContent, biz)
                    ? existing.AnswerBody
                    : AlipayAnswer.Error(keys, node, "40004", "Business Failed", "PAYMENT_INFO_INCONSISTENCY", "两次请求商户单号一样，但是参数不一致");
            }

            if (ledger.AvailableFen < amountFen)
            {
                return AlipayAnswer.Error(keys, node, "40004", "Business Failed", "PAYER_BALANCE_NOT_ENOUGH", "付款方余额不足");
            }

            var now = clock.GetUtcNow();
            var orderId = ledger.NextOrderId(now);
            var payFundOrderId = orderId + "01";
            var answer = AlipayAnswer.Write(keys, node,
            [
                ("code", "10000"),
                ("msg", "Success"),
                ("out_biz_no", outBizNo),
                ("order_id", orderId),
                ("pay_fund_order_id", payFundOrderId),
                ("status", "SUCCESS"),
                ("trans_date", Beijing(now)),
            ]);
            ledger.Record(new AlipayTransfer(outBizNo, biz.DeepClone(), amountFen, orderId, payFundOrderId, "SUCCESS", now, answer));
            payouts.Add(new PayoutRecord("alipay", outBizNo, AlipayLedger.FormatYuan(amountFen), orderId, now));
            return answer;
        }
    }

    private string Query(string node, JsonNode biz)
    {
        var outBizNo = Text(biz, "out_biz_no");
        if (string.IsNullOrEmpty(outBizNo) || ledger.Find(outBizNo) is not { } transfer)
        {
            return AlipayAnswer.Error(keys, node, "40004", "Business Failed", "ORDER_NOT_EXIST", "转账订单不存在");
        }

        return AlipayAnswer.Write(keys, node,
        [
            ("code", "10000"),
            ("msg", "Success"),
            ("order_id", transfer.OrderId),
            ("pay_fund_order_id", transfer.PayFundOrderId),
            ("out_biz_no", transfer.OutBizNo),
            ("trans_amount", AlipayLedger.FormatYuan(transfer.AmountFen)),
            ("status", transfer.Status),
            ("pay_date", Beijing(transfer.PaidAt)),
            ("order_fee", "0.00"),
        ]);
    }

    private string Account(string node) =>
        AlipayAnswer.Write(keys, node,
        [
            ("code", "10000"),
            ("msg", "Success"),
            ("available_amount", AlipayLedger.FormatYuan(ledger.AvailableFen)),
            ("freeze_amount", "0.00"),
        ]);

    private static string? Text(JsonNode biz, string name) =>
        biz[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string Beijing(DateTimeOffset instant) =>
        instant.ToOffset(BeijingOffset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
