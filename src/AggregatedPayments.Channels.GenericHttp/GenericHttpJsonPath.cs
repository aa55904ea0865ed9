using System.Text.Json;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>Follows a mapped dot path ("data.state") through nested objects; a missing step or a JSON null is nothing.</summary>
public static class GenericHttpJsonPath
{
    public static JsonElement? Find(JsonElement root, string path)
    {
        var current = root;
        foreach (var segment in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return null;
            }
        }

        return current.ValueKind == JsonValueKind.Null ? null : current;
    }

    /// <summary>A string as it is, a number or boolean as its JSON text; objects and arrays are no text.</summary>
    public static string? Text(JsonElement? element) => element switch
    {
        { ValueKind: JsonValueKind.String } e => e.GetString() is { Length: > 0 } s ? s : null,
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } e => e.GetRawText(),
        _ => null,
    };
}
