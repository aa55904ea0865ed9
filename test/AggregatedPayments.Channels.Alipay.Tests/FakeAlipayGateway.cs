using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Plays the Alipay gateway over HTTP: it verifies every request's RSA2 signature with the app
/// public key of the vectors (so a signing bug on our side is refused as Alipay would refuse it),
/// pays each out_biz_no at most once, and signs its answers with its own "Alipay" key generated
/// for the test. Scripted answers override the default behaviour, one call at a time.
/// </summary>
public sealed class FakeAlipayGateway : HttpMessageHandler
{
    private readonly Queue<(string? Node, bool TimeOut, bool BadSignature)> scripted = new();
    private readonly Dictionary<string, string> paid = new(StringComparer.Ordinal);

    public RSA AlipayKey { get; } = RSA.Create(2048);

    public string AlipayPublicKeyPem => AlipayKey.ExportSubjectPublicKeyInfoPem();

    /// <summary>Every body received, in order, exactly as sent.</summary>
    public List<byte[]> Received { get; } = [];

    public int RefusedSignatures { get; private set; }

    /// <summary>out_biz_no → trans_amount of every transfer the fake has paid.</summary>
    public IReadOnlyDictionary<string, string> Paid => paid;

    /// <summary>The next call is answered with this response node (its code, status, amounts…).</summary>
    public void AnswerNext(string node) => scripted.Enqueue((node, false, false));

    /// <summary>The next call gets no answer: the client's timeout fires (HttpClient reports it as a cancellation).</summary>
    public void TimeOutNext() => scripted.Enqueue((null, true, false));

    /// <summary>The next call is answered with a node whose signature does not match it.</summary>
    public void AnswerNextWithBadSignature(string node) => scripted.Enqueue((node, false, true));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsByteArrayAsync(cancellationToken);
        Received.Add(body);
        if (request.RequestUri!.Query != "?charset=utf-8")
        {
            return new HttpResponseMessage(HttpStatusCode.BadRequest);
        }

        var form = AlipayFormEncoding.Decode(body).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var method = form["method"];
        var content = AlipaySignContent.ForRequest(form.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)));
        if (!AlipayTestKeys.Verifier().Verify(content, form.GetValueOrDefault("sign")))
        {
            RefusedSignatures++;
            return Answer(method, """{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-signature","sub_msg":"验签出错"}""", badSignature: false);
        }

        var (node, timeOut, badSignature) = scripted.Count > 0 ? scripted.Dequeue() : (null, false, false);
        if (timeOut)
        {
            throw new TaskCanceledException("The fake gateway kept silent.", new TimeoutException());
        }

        return Answer(method, node ?? Default(method, form["biz_content"]), badSignature);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            AlipayKey.Dispose();
        }

        base.Dispose(disposing);
    }

    private string Default(string method, string bizContent)
    {
        using var biz = JsonDocument.Parse(bizContent);
        var outBizNo = biz.RootElement.TryGetProperty("out_biz_no", out var key) ? key.GetString()! : string.Empty;
        switch (method)
        {
            case AlipayMethods.Transfer:
                // Idempotent like Alipay: a repeated out_biz_no is answered, never paid twice.
                paid.TryAdd(outBizNo, biz.RootElement.GetProperty("trans_amount").GetString()!);
                return $$"""{"code":"10000","msg":"Success","out_biz_no":"{{outBizNo}}","order_id":"ORDER-{{outBizNo}}","status":"SUCCESS","trans_date":"2025-01-01 10:00:00"}""";
            case AlipayMethods.TransferQuery:
                return paid.TryGetValue(outBizNo, out var amount)
                    ? $$"""{"code":"10000","msg":"Success","out_biz_no":"{{outBizNo}}","order_id":"ORDER-{{outBizNo}}","status":"SUCCESS","trans_amount":"{{amount}}","pay_date":"2025-01-01 10:00:00"}"""
                    : """{"code":"40004","msg":"Business Failed","sub_code":"ORDER_NOT_EXIST","sub_msg":"转账订单不存在"}""";
            default:
                return """{"code":"40004","msg":"Business Failed","sub_code":"NOT_SCRIPTED","sub_msg":"not scripted"}""";
        }
    }

    private HttpResponseMessage Answer(string method, string node, bool badSignature)
    {
        // A bad signature is one over a text one byte longer than the node sent.
        var signed = badSignature ? node + " " : node;
        var sign = Convert.ToBase64String(AlipayKey.SignData(Encoding.UTF8.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        var root = AlipayMethodName.ResponseRootNode(method);
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent($$"""{"{{root}}":{{node}},"sign":"{{sign}}"}""", Encoding.UTF8, "application/json"),
        };
    }
}
