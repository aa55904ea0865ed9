using System.Text.Encodings.Web;
using System.Text.Json;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>Writes one JSON object to bytes; Chinese names stay readable (no \u escapes) but HTML-relevant characters are still escaped by JSON rules.</summary>
public static class GenericHttpJson
{
    public const string ContentType = "application/json; charset=utf-8";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Object(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            write(writer);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
