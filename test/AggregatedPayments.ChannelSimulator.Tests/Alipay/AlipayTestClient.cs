using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>
/// Calls the simulated gateway as an app would: system parameters and biz_content in a UTF-8 form
/// body, signed RSA2 with the vector's private key.
/// </summary>
public sealed class AlipayTestClient(HttpClient http)
{
    public HttpClient Http => http;

    public const string AppId = "2021000000000001";

    public async Task<(HttpResponseMessage Response, string Body)> CallAsync(
        string method, string bizContent, Func<string, string>? tamperSign = null, string? notifyUrl = null)
    {
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["app_id"] = AppId,
            ["method"] = method,
            ["format"] = "JSON",
            ["charset"] = "utf-8",
            ["sign_type"] = "RSA2",
            ["timestamp"] = "2026-11-27 10:00:00",
            ["version"] = "1.0",
            ["biz_content"] = bizContent,
        };
        if (notifyUrl is not null)
        {
            parameters["notify_url"] = notifyUrl;
        }

        var content = string.Join('&', parameters.Select(p => p.Key + "=" + p.Value));
        using var key = RSA.Create();
        key.ImportPkcs8PrivateKey(Convert.FromBase64String(SimulatorTestVectors.Instance.PrivateKeyPkcs8Base64), out _);
        var sign = Convert.ToBase64String(key.SignData(Encoding.UTF8.GetBytes(content), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        parameters["sign"] = tamperSign is null ? sign : tamperSign(sign);

        var form = string.Join('&', parameters.Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        using var request = new StringContent(form, Encoding.UTF8, "application/x-www-form-urlencoded");
        var response = await http.PostAsync("/alipay/gateway.do", request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    public static string TransferBiz(string outBizNo, string amount, string identity = "2088123412341234", string? name = null) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["out_biz_no"] = outBizNo,
            ["trans_amount"] = amount,
            ["product_code"] = "TRANS_ACCOUNT_NO_PWD",
            ["biz_scene"] = "DIRECT_TRANSFER",
            ["order_title"] = "佣金",
            ["payee_info"] = name is null
                ? new Dictionary<string, string> { ["identity"] = identity, ["identity_type"] = "ALIPAY_USER_ID" }
                : new Dictionary<string, string> { ["identity"] = identity, ["identity_type"] = "ALIPAY_LOGON_ID", ["name"] = name },
        });

    public static string BankCardBiz(string outBizNo, string amount, string cardNo = "6222020200112233445") =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["out_biz_no"] = outBizNo,
            ["trans_amount"] = amount,
            ["product_code"] = "TRANS_BANKCARD_NO_PWD",
            ["biz_scene"] = "DIRECT_TRANSFER",
            ["order_title"] = "提现",
            ["payee_info"] = new Dictionary<string, object>
            {
                ["identity"] = cardNo,
                ["identity_type"] = "BANKCARD_ACCOUNT",
                ["name"] = "张三",
                ["bankcard_ext_info"] = new Dictionary<string, string> { ["account_type"] = "2", ["inst_name"] = "中国工商银行" },
            },
        });

    public static string QueryBiz(string outBizNo, string productCode = "TRANS_ACCOUNT_NO_PWD") =>
        JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["out_biz_no"] = outBizNo,
            ["product_code"] = productCode,
            ["biz_scene"] = "DIRECT_TRANSFER",
        });

    public static string BillBiz(string billDate) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["bill_type"] = "signcustomer", ["bill_date"] = billDate });

    public async Task<List<PayoutEntry>> PayoutsAsync() =>
        (await http.GetFromJsonAsync<List<PayoutEntry>>("/_sim/payouts"))!;

    public async Task<string> AlipayPublicKeyAsync()
    {
        using var document = JsonDocument.Parse(await http.GetStringAsync("/_sim/alipay-public-key"));
        return document.RootElement.GetProperty("publicKey").GetString()!;
    }
}
