using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AggregatedPayments.ChannelSimulator.Callbacks;
using AggregatedPayments.ChannelSimulator.Signing;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>
/// Queues the open platform message <c>alipay.fund.trans.order.changed</c> for a transfer's new
/// state: a UTF-8 form with the envelope fields and the transfer in <c>biz_content</c>, signed by
/// "Alipay" with the V1 rule (sign and sign_type left out of the content). A transfer whose app
/// has no target and whose request named no notify_url gets no message, as on the real platform.
/// </summary>
public sealed class AlipayNotifier(AlipayKeys keys, CallbackOutbox outbox, AlipayNotifyTargets targets, TimeProvider clock)
{
    public const string Channel = "alipay";
    public const string MsgMethod = "alipay.fund.trans.order.changed";
    public const string ContentType = "application/x-www-form-urlencoded; charset=utf-8";

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private long notifySequence;

    public void Notify(AlipayTransfer transfer)
    {
        var target = transfer.NotifyUrl ?? targets.For(transfer.AppId);
        if (target is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["notify_id"] = now.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "00222" + Interlocked.Increment(ref notifySequence).ToString("D12", CultureInfo.InvariantCulture),
            ["utc_timestamp"] = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            ["msg_method"] = MsgMethod,
            ["app_id"] = transfer.AppId,
            ["version"] = "1.1",
            ["charset"] = "utf-8",
            ["biz_content"] = BizContent(transfer),
        };
        parameters["sign"] = Rsa2.Sign(keys.AlipayPrivateKey, SignContent.ForNotification(parameters));
        parameters["sign_type"] = "RSA2";

        var body = string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        outbox.Enqueue(new PendingCallback(Channel, transfer.OutBizNo, target, ContentType, new Dictionary<string, string>(), Encoding.UTF8.GetBytes(body)));
    }

    private static string BizContent(AlipayTransfer transfer)
    {
        var biz = new Dictionary<string, string>
        {
            ["out_biz_no"] = transfer.OutBizNo,
            ["order_id"] = transfer.OrderId,
            ["pay_fund_order_id"] = transfer.PayFundOrderId,
            ["status"] = transfer.Status,
            ["action_type"] = ActionType(transfer.Status),
            ["trans_amount"] = AlipayLedger.FormatYuan(transfer.AmountFen),
            ["product_code"] = transfer.ProductCode,
            ["biz_scene"] = transfer.BizScene,
        };
        if (transfer.PayDate is { } payDate)
        {
            biz["pay_date"] = AlipayGateway.Beijing(payDate);
        }

        if (transfer.Status == AlipayProducts.Fail)
        {
            biz["error_code"] = transfer.ErrorCode ?? "FAIL";
            biz["fail_reason"] = transfer.FailReason ?? "转账失败";
        }

        return JsonSerializer.Serialize(biz, JsonOptions);
    }

    /// <summary>
    /// The documented examples show <c>FINISH</c> for a settled transfer; the values for a transfer
    /// still in progress and for a bank's return are our reading, not confirmed by a sample.
    /// </summary>
    private static string ActionType(string status) => status switch
    {
        AlipayProducts.Dealing => "DEALING",
        AlipayProducts.Refund => "REFUND",
        _ => "FINISH",
    };
}
