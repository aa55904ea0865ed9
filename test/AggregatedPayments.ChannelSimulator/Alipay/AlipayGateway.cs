using System.Globalization;
using System.Text.Json.Nodes;
using AggregatedPayments.ChannelSimulator.Faults;
using AggregatedPayments.ChannelSimulator.Payouts;
using AggregatedPayments.ChannelSimulator.Signing;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>
/// The open platform gateway for the methods the adapter calls, with the fault knobs of the
/// gateway path applied around it.
/// </summary>
public sealed class AlipayGateway(
    AlipayKeys keys,
    AlipayLedger ledger,
    AlipayNotifier notifier,
    AlipayBills bills,
    PayoutLog payouts,
    FaultKnobs faults,
    IOptions<AlipaySimulatorOptions> options,
    TimeProvider clock)
{
    public const string Path = "/alipay/gateway.do";
    public const string TransferMethod = "alipay.fund.trans.uni.transfer";
    public const string QueryMethod = "alipay.fund.trans.common.query";
    public const string AccountMethod = "alipay.fund.account.query";
    public const string BillMethod = "alipay.data.dataservice.bill.downloadurl.query";

    private static readonly TimeSpan BeijingOffset = TimeSpan.FromHours(8);

    public static string Beijing(DateTimeOffset instant) =>
        instant.ToOffset(BeijingOffset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);

    public static DateOnly BeijingDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(BeijingOffset).DateTime);

    public async Task HandleAsync(HttpContext context)
    {
        var aborted = context.RequestAborted;
        var fault = faults.Decide(Path);
        if (!await FaultedExchange.BeforeWorkAsync(context, fault, clock))
        {
            return;
        }

        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, aborted);
        var self = new Uri(context.Request.Scheme + "://" + context.Request.Host.Value);
        var answer = Answer(FormBody.Parse(body.ToArray()), fault.Kind, self);

        if (!await FaultedExchange.AfterWorkAsync(context, fault, clock))
        {
            return;
        }

        context.Response.ContentType = "application/json;charset=utf-8";
        await context.Response.WriteAsync(answer, aborted);
    }

    private string Answer(Dictionary<string, string>? form, FaultKind fault, Uri self)
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
        if (method is not (TransferMethod or QueryMethod or AccountMethod or BillMethod))
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
            TransferMethod => Transfer(node, biz!, form),
            QueryMethod => Query(node, biz!),
            BillMethod => Bill(node, biz!, self),
            _ => Account(node),
        };
    }

    private string Transfer(string node, JsonNode biz, Dictionary<string, string> form)
    {
        var outBizNo = Text(biz, "out_biz_no");
        var amountText = Text(biz, "trans_amount");
        var productCode = Text(biz, "product_code");
        Uri? notifyUrl = null;
        if (string.IsNullOrEmpty(outBizNo) || !AlipayLedger.TryParseYuan(amountText, out var amountFen) || amountFen <= 0
            || !AlipayProducts.IsKnown(productCode)
            || (form.TryGetValue("notify_url", out var notify) && !Uri.TryCreate(notify, UriKind.Absolute, out notifyUrl)))
        {
            return AlipayAnswer.Error(keys, node, "40002", "Invalid Arguments", "isv.invalid-parameter", "out_biz_no、trans_amount、product_code 或 notify_url 无效");
        }

        lock (ledger.Gate)
        {
            if (ledger.Find(outBizNo) is { } existing && clock.GetUtcNow() - existing.AcceptedAt < options.Value.IdempotencyWindow)
            {
                // Alipay's idempotency: the same request gets the same answer; a changed one is refused.
                return JsonNode.DeepEquals(existing.BizContent, biz)
                    ? existing.AnswerBody
                    : AlipayAnswer.Error(keys, node, "40004", "Business Failed", "PAYMENT_INFO_INCONSISTENCY", "两次请求商户单号一样，但是参数不一致");
            }

            if (AlipayPayeeRules.Refusal(biz, productCode!, options.Value.PayerUserId) is var (subCode, subMsg))
            {
                return AlipayAnswer.Error(keys, node, "40004", "Business Failed", subCode, subMsg);
            }

            if (ledger.AvailableFen < amountFen)
            {
                return AlipayAnswer.Error(keys, node, "40004", "Business Failed", "PAYER_BALANCE_NOT_ENOUGH", "付款方余额不足");
            }

            // A transfer to an Alipay account settles at once; one to a bank card waits for the bank.
            var now = clock.GetUtcNow();
            var status = productCode == AlipayProducts.ToBankCard ? AlipayProducts.Dealing : AlipayProducts.Success;
            var orderId = ledger.NextOrderId(now);
            var payFundOrderId = orderId + "01";
            var answer = AlipayAnswer.Write(keys, node,
            [
                ("code", "10000"),
                ("msg", "Success"),
                ("out_biz_no", outBizNo),
                ("order_id", orderId),
                ("pay_fund_order_id", payFundOrderId),
                ("status", status),
                ("trans_date", Beijing(now)),
            ]);
            var transfer = new AlipayTransfer(
                outBizNo,
                form.GetValueOrDefault("app_id") ?? string.Empty,
                biz.DeepClone(),
                amountFen,
                productCode!,
                Text(biz, "biz_scene") ?? AlipayProducts.DirectTransfer,
                Text(biz, "order_title") ?? string.Empty,
                Text(biz["payee_info"], "identity") ?? string.Empty,
                orderId,
                payFundOrderId,
                status,
                now,
                status == AlipayProducts.Success ? now : null,
                null,
                null,
                notifyUrl,
                answer);
            ledger.Accept(transfer);
            payouts.Add(new PayoutRecord("alipay", outBizNo, AlipayLedger.FormatYuan(amountFen), orderId, now));
            notifier.Notify(transfer);
            return answer;
        }
    }

    private string Query(string node, JsonNode biz)
    {
        var outBizNo = Text(biz, "out_biz_no");

        // By out_biz_no the platform needs product_code and biz_scene too: the key is unique per product only.
        if (string.IsNullOrEmpty(outBizNo) || Text(biz, "product_code") is not { } productCode || Text(biz, "biz_scene") is null)
        {
            return AlipayAnswer.Error(keys, node, "40004", "Business Failed", "INVALID_PARAMETER", "按商户单号查询时 product_code 和 biz_scene 必填");
        }

        if (ledger.Find(outBizNo) is not { } transfer || transfer.ProductCode != productCode)
        {
            return AlipayAnswer.Error(keys, node, "40004", "Business Failed", "ORDER_NOT_EXIST", "转账订单不存在");
        }

        var fields = new List<(string Name, string Value)>
        {
            ("code", "10000"),
            ("msg", "Success"),
            ("order_id", transfer.OrderId),
            ("pay_fund_order_id", transfer.PayFundOrderId),
            ("out_biz_no", transfer.OutBizNo),
            ("trans_amount", AlipayLedger.FormatYuan(transfer.AmountFen)),
            ("status", transfer.Status),
        };
        if (transfer.PayDate is { } payDate)
        {
            fields.Add(("pay_date", Beijing(payDate)));
        }

        fields.Add(("order_fee", "0.00"));
        if (transfer.Status == AlipayProducts.Fail)
        {
            fields.Add(("error_code", transfer.ErrorCode ?? "FAIL"));
            fields.Add(("fail_reason", transfer.FailReason ?? "转账失败"));
        }

        return AlipayAnswer.Write(keys, node, fields);
    }

    private string Bill(string node, JsonNode biz, Uri self)
    {
        if (Text(biz, "bill_type") != AlipayBills.SignCustomer)
        {
            return AlipayAnswer.Error(keys, node, "40004", "Business Failed", "isv.invalid-bill-type", "账单类型不支持");
        }

        if (!DateOnly.TryParseExact(Text(biz, "bill_date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return AlipayAnswer.Error(keys, node, "40004", "Business Failed", "isv.invalid-bill-date", "账单日期格式不正确");
        }

        // A day's bill exists from the next Beijing day on.
        if (day >= BeijingDay(clock.GetUtcNow()))
        {
            return AlipayAnswer.Error(keys, node, "40004", "Business Failed", "isp.bill_not_exist", "账单不存在");
        }

        return AlipayAnswer.Write(keys, node,
        [
            ("code", "10000"),
            ("msg", "Success"),
            ("bill_download_url", new Uri(self, AlipayBills.PathPrefix + bills.Issue(day)).ToString()),
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

    private static string? Text(JsonNode? biz, string name) =>
        biz?[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
