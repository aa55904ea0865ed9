using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using AggregatedPayments.ChannelSimulator.Signing;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>
/// Writes a gateway answer the way Alipay does: <c>{"&lt;node&gt;":{...},"sign":"..."}</c>, the
/// signature taken over the exact UTF-8 text of the node object as it appears in the body.
/// </summary>
public static class AlipayAnswer
{
    public const string ErrorNode = "error_response";

    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary><c>alipay.fund.trans.uni.transfer</c> answers in <c>alipay_fund_trans_uni_transfer_response</c>.</summary>
    public static string NodeFor(string method) => method.Replace('.', '_') + "_response";

    public static string Write(AlipayKeys keys, string node, IEnumerable<(string Name, string Value)> fields)
    {
        var nodeText = NodeText(fields);
        var sign = Rsa2.Sign(keys.AlipayPrivateKey, nodeText);

        // Base64 and method node names need no escaping; writing them raw keeps '+' as Alipay sends it, not as \u002B.
        return "{\"" + node + "\":" + nodeText + ",\"sign\":\"" + sign + "\"}";
    }

    public static string Error(AlipayKeys keys, string node, string code, string msg, string subCode, string subMsg) =>
        Write(keys, node, [("code", code), ("msg", msg), ("sub_code", subCode), ("sub_msg", subMsg)]);

    private static string NodeText(IEnumerable<(string Name, string Value)> fields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in fields)
            {
                writer.WriteString(name, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
