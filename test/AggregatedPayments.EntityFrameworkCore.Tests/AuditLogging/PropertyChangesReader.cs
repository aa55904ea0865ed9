using System.Text.Json;

namespace AggregatedPayments.AuditLogging;

/// <summary>Reads the stored JSON the way the portal would: property → (old, new) as raw JSON text.</summary>
internal static class PropertyChangesReader
{
    public static Dictionary<string, (string Old, string New)> Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().ToDictionary(
            e => e.GetProperty("property").GetString()!,
            e => (e.GetProperty("old").GetRawText(), e.GetProperty("new").GetRawText()));
    }
}
