extern alias Simulator;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SimulatorSigning = Simulator::AggregatedPayments.ChannelSimulator.Signing;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Writes an <c>alipay.fund.trans.order.changed</c> message as Alipay would (a UTF-8 form signed by the V1
/// rule), but with whatever key, app and claim a forger chooses.
/// </summary>
public static class AlipayMessageForger
{
    public static byte[] OrderChanged(RSA signer, string appId, string outBizNo, string status, long fen, DateTimeOffset now)
    {
        var biz = new Dictionary<string, string>
        {
            ["out_biz_no"] = outBizNo,
            ["order_id"] = "20261127110030099999999",
            ["pay_fund_order_id"] = "2026112711003009999999901",
            ["status"] = status,
            ["action_type"] = "FINISH",
            ["trans_amount"] = (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture),
            ["product_code"] = "TRANS_BANKCARD_NO_PWD",
            ["biz_scene"] = "DIRECT_TRANSFER"
        };
        if (status == "FAIL")
        {
            biz["error_code"] = "PAYEE_CARD_INFO_ERROR";
            biz["fail_reason"] = "forged";
        }

        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["notify_id"] = "forged" + Guid.NewGuid().ToString("N"),
            ["utc_timestamp"] = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture),
            ["msg_method"] = "alipay.fund.trans.order.changed",
            ["app_id"] = appId,
            ["version"] = "1.1",
            ["charset"] = "utf-8",
            ["biz_content"] = JsonSerializer.Serialize(biz)
        };
        parameters["sign"] = SimulatorSigning.Rsa2.Sign(signer, SimulatorSigning.SignContent.ForNotification(parameters));
        parameters["sign_type"] = "RSA2";
        return Encoding.UTF8.GetBytes(string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value))));
    }
}
