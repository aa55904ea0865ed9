using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// Plays a JSON-over-HTTP provider with its own HMAC code (not the adapter's): it checks the merchant
/// id and our signature over "POST\n{path}\n{timestamp}\n{body}", pays each out_no at most once,
/// answers a repeated out_no with a different body as a key clash, and signs every answer the same
/// way. Scripted faults override the default behaviour, one call at a time.
/// </summary>
public sealed class FakeGenericProvider(string merchantId, string secret, TimeProvider clock) : HttpMessageHandler
{
    private readonly Queue<Func<HttpResponseMessage>> scripted = new();
    private readonly Dictionary<string, byte[]> paid = new(StringComparer.Ordinal);

    public List<byte[]> Received { get; } = [];

    public int RefusedSignatures { get; private set; }

    public int Payouts => paid.Count;

    public long Available { get; set; } = 100_000;

    public void TimeOutNext() => scripted.Enqueue(() => throw new TaskCanceledException("The fake provider kept silent.", new TimeoutException()));

    public void AnswerNext(HttpStatusCode status, string json, bool badSignature = false, string path = "/api/payout") =>
        scripted.Enqueue(() => Answer(status, path, json, badSignature));

    public void AnswerNextUnsigned(HttpStatusCode status, string json) =>
        scripted.Enqueue(() => new HttpResponseMessage(status) { Content = new StringContent(json) });

    /// <summary>The provider's own signature, as a test's callback needs it.</summary>
    public string Sign(string canonical) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(canonical)));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
        Received.Add(body);
        var path = request.RequestUri!.AbsolutePath;
        var timestamp = request.Headers.GetValues("X-Timestamp").Single();
        var signature = request.Headers.GetValues("X-Signature").Single();
        if (request.Headers.GetValues("X-Merchant-Id").Single() != merchantId
            || signature != Sign($"POST\n{path}\n{timestamp}\n{Encoding.UTF8.GetString(body)}"))
        {
            RefusedSignatures++;
            return Answer(HttpStatusCode.Unauthorized, path, """{"err":{"code":"SIGN_ERROR","msg":"bad signature"}}""", false);
        }

        if (scripted.Count > 0)
        {
            return scripted.Dequeue()();
        }

        using var json = JsonDocument.Parse(body);
        var root = json.RootElement;
        return path switch
        {
            "/api/payout" => Payout(path, root, body),
            "/api/query" => Query(path, root.GetProperty("out_no").GetString()!),
            _ => Answer(HttpStatusCode.OK, path, $$$"""{"data":{"ccy":"CNY","available":"{{{Yuan(Available)}}}","frozen":"1.50"}}""", false),
        };
    }

    private HttpResponseMessage Payout(string path, JsonElement root, byte[] body)
    {
        var key = root.GetProperty("out_no").GetString()!;
        if (paid.TryGetValue(key, out var earlier) && !earlier.AsSpan().SequenceEqual(body))
        {
            return Answer(HttpStatusCode.Conflict, path, """{"err":{"code":"KEY_REUSED","msg":"parameters differ"}}""", false);
        }

        paid[key] = body;
        return Answer(HttpStatusCode.OK, path, Order(key), false);
    }

    private HttpResponseMessage Query(string path, string key) => paid.ContainsKey(key)
        ? Answer(HttpStatusCode.OK, path, Order(key), false)
        : Answer(HttpStatusCode.NotFound, path, """{"err":{"code":"ORDER_NOT_FOUND","msg":"no such order"}}""", false);

    private string Order(string key)
    {
        using var json = JsonDocument.Parse(paid[key]);
        var amount = json.RootElement.GetProperty("amt").GetRawText();
        return $$$"""{"data":{"out_no":"{{{key}}}","order_no":"P{{{key[..8]}}}","state":"SUCCESS","amt":{{{amount}}}}}""";
    }

    private HttpResponseMessage Answer(HttpStatusCode status, string path, string json, bool badSignature)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Sign($"POST\n{path}\n{timestamp}\n{json}");
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        response.Headers.Add("X-Timestamp", timestamp);
        response.Headers.Add("X-Signature", badSignature ? signature[..^1] + (signature[^1] == '0' ? '1' : '0') : signature);
        return response;
    }

    private static string Yuan(long fen) => (fen / 100).ToString(CultureInfo.InvariantCulture) + "." + (fen % 100).ToString("D2", CultureInfo.InvariantCulture);
}
