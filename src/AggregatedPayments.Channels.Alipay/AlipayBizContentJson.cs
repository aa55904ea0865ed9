using System.Text.Encodings.Web;
using System.Text.Json;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Writes a <c>biz_content</c> object. Fields are written in the order the caller gives, so the
/// text (and with it the stored, signed body) depends on this code alone. Non-ASCII text (payee
/// names, titles) stays as UTF-8 rather than <c>\uXXXX</c>, as the official SDKs send it; the value
/// travels in a form body, never in HTML, so the relaxed escaping is safe here.
/// </summary>
internal static class AlipayBizContentJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(Action<Utf8JsonWriter> writeFields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writeFields(writer);
            writer.WriteEndObject();
        }

        return AlipayCharset.Utf8Strict.GetString(buffer.ToArray());
    }

    /// <summary>Empty values are left out: Alipay treats an empty field as absent anyway.</summary>
    public static void WriteOptional(this Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }
}
