using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Web;
using AggregatedPayments.ChannelSimulator.Callbacks;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>An order-changed message taken from the outbox, decoded and checked the way a merchant would.</summary>
public sealed class NotifyMessage
{
    private NotifyMessage(CallbackItem item, Dictionary<string, string> fields)
    {
        Item = item;
        Fields = fields;
    }

    public CallbackItem Item { get; }

    public Dictionary<string, string> Fields { get; }

    public string Biz(string name) => JsonDocument.Parse(Fields["biz_content"]).RootElement.GetProperty(name).GetString()!;

    public bool HasBiz(string name) => JsonDocument.Parse(Fields["biz_content"]).RootElement.TryGetProperty(name, out _);

    public static NotifyMessage Read(CallbackItem item)
    {
        var form = HttpUtility.ParseQueryString(Encoding.UTF8.GetString(Convert.FromBase64String(item.BodyBase64)), Encoding.UTF8);
        return new NotifyMessage(item, form.AllKeys.ToDictionary(k => k!, k => form[k]!, StringComparer.Ordinal));
    }

    /// <summary>The V1 rule: sign and sign_type left out, the rest sorted and joined, RSA2 with the Alipay public key.</summary>
    public bool VerifiesWith(string publicKeyBase64)
    {
        var content = string.Join('&', Fields
            .Where(f => f.Key is not ("sign" or "sign_type") && f.Value.Length > 0)
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => f.Key + "=" + f.Value));
        using var key = RSA.Create();
        key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(publicKeyBase64), out _);
        return key.VerifyData(Encoding.UTF8.GetBytes(content), Convert.FromBase64String(Fields["sign"]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }
}
