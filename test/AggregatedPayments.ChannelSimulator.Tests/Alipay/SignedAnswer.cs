using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>
/// A gateway answer cut apart as a client must: the node's exact text as it sits in the body,
/// and the top-level sign.
/// </summary>
public sealed record SignedAnswer(string Node, string NodeText, string Sign)
{
    public static SignedAnswer Parse(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var reader = new Utf8JsonReader(bytes);
        reader.Read();
        string? node = null, nodeText = null, sign = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString()!;
            reader.Read();
            var start = (int)reader.TokenStartIndex;
            if (name == "sign")
            {
                sign = reader.GetString();
            }

            reader.Skip();
            if (name.EndsWith("_response", StringComparison.Ordinal))
            {
                node = name;
                nodeText = Encoding.UTF8.GetString(bytes, start, (int)reader.BytesConsumed - start);
            }
        }

        return new SignedAnswer(node!, nodeText!, sign!);
    }

    public JsonElement Field(string name)
    {
        using var document = JsonDocument.Parse(NodeText);
        return document.RootElement.GetProperty(name).Clone();
    }

    public string? Text(string name) => Field(name).GetString();

    public bool VerifiesWith(string publicKeyBase64)
    {
        using var key = RSA.Create();
        key.ImportSubjectPublicKeyInfo(Convert.FromBase64String(publicKeyBase64), out _);
        return key.VerifyData(Encoding.UTF8.GetBytes(NodeText), Convert.FromBase64String(Sign), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
    }
}
