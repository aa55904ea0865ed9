using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace AggregatedPayments.AuditLogging;

/// <summary>
/// Writes changed properties as <c>[{"property":…,"old":…,"new":…}]</c>. A redacted value is "***"
/// whatever it was. Long values are cut, and a change too large for the column keeps the property
/// names and drops the values, so the stored text is always whole JSON.
/// </summary>
internal static class PropertyChangesJson
{
    private const int MaxValueLength = 256;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Write(IReadOnlyList<PropertyChange> changes)
    {
        var full = "[" + string.Join(",", changes.Select(c => Fragment(c, withValues: true))) + "]";
        if (full.Length <= AuditLogConsts.MaxPropertyChangesLength)
        {
            return full;
        }

        var names = new StringBuilder("[");
        foreach (var fragment in changes.Select(c => Fragment(c, withValues: false)))
        {
            if (names.Length + fragment.Length + 2 > AuditLogConsts.MaxPropertyChangesLength)
            {
                break;
            }

            names.Append(names.Length == 1 ? "" : ",").Append(fragment);
        }

        return names.Append(']').ToString();
    }

    private static string Fragment(PropertyChange change, bool withValues)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Options))
        {
            writer.WriteStartObject();
            writer.WriteString("property", change.Name);
            if (withValues)
            {
                writer.WritePropertyName("old");
                WriteValue(writer, change.HasOldValue, change.OldValue, change.IsRedacted);
                writer.WritePropertyName("new");
                WriteValue(writer, change.HasNewValue, change.NewValue, change.IsRedacted);
            }
            else
            {
                writer.WriteBoolean("valuesOmitted", true);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    // A side that does not exist (before a creation, after a deletion) is null, redacted or not.
    private static void WriteValue(Utf8JsonWriter writer, bool exists, object? value, bool redacted)
    {
        if (!exists)
        {
            writer.WriteNullValue();
            return;
        }

        if (redacted)
        {
            writer.WriteStringValue(AuditLogConsts.RedactedValue);
            return;
        }

        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case Enum member:
                writer.WriteStringValue(member.ToString());
                break;
            case int or long or short or byte or decimal:
                writer.WriteRawValue(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                break;
            case DateTime time:
                writer.WriteStringValue(time.ToString("O", CultureInfo.InvariantCulture));
                break;
            case byte[] bytes:
                writer.WriteStringValue($"({bytes.Length} bytes)");
                break;
            default:
                writer.WriteStringValue(Cut(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""));
                break;
        }
    }

    private static string Cut(string text) => text.Length <= MaxValueLength ? text : text[..(MaxValueLength - 1)] + "…";
}
