using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AggregatedPayments.ChannelSimulator.Alipay;

namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>
/// Calls the generic provider as its documentation says, with HMAC code of its own: headers
/// X-GP-Merchant, X-GP-Timestamp and X-GP-Signature over "timestamp\nPOST\npath\nbody".
/// </summary>
public sealed class GenericTestClient(HttpClient http)
{
    public HttpClient Http => http;

    public static string Hmac(string secret, string text) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(text)));

    public static string PayoutBody(string key, string amount, string account = "6222020200112233445") =>
        $$"""{"order_ref":"{{key}}","pay_amount":"{{amount}}","currency_code":"CNY","beneficiary_account":"{{account}}","beneficiary_name":"张三","callback_url":"https://platform.example/notify/generic"}""";

    public async Task<GenericAnswer> CallAsync(
        string path, string json, string merchant = GenericSimulatorFactory.Merchant, string secret = GenericSimulatorFactory.Secret, long? timestamp = null)
    {
        var stamp = (timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds()).ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-GP-Merchant", merchant);
        request.Headers.Add("X-GP-Timestamp", stamp);
        request.Headers.Add("X-GP-Signature", Hmac(secret, $"{stamp}\nPOST\n{path}\n{json}"));
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        var answerStamp = response.Headers.TryGetValues("X-GP-Timestamp", out var stamps) ? stamps.Single() : null;
        var signature = response.Headers.TryGetValues("X-GP-Signature", out var signatures) ? signatures.Single() : null;
        var verified = answerStamp is not null && signature == Hmac(secret, $"{answerStamp}\nPOST\n{path}\n{body}");
        return new GenericAnswer(response.StatusCode, body, verified);
    }

    public async Task<IReadOnlyList<PayoutEntry>> PayoutsAsync() =>
        (await http.GetFromJsonAsync<List<PayoutEntry>>("/_sim/payouts"))!;

    public async Task<HttpStatusCode> SettleAsync(string key, string outcome)
    {
        using var response = await http.PostAsJsonAsync("/_sim/generic/settle", new { merchant = GenericSimulatorFactory.Merchant, key, outcome });
        return response.StatusCode;
    }

    public async Task<JsonElement> BalanceAsync() =>
        JsonDocument.Parse((await CallAsync("/generic/balance", """{"currency_code":"CNY"}""")).Body).RootElement.GetProperty("result").Clone();
}
