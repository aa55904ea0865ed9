using System.Collections.Frozen;
using System.Text.Encodings.Web;
using System.Text.Json;
using AggregatedPayments.Exceptions;

namespace AggregatedPayments.Dictionaries;

/// <summary>An item's extra data: a small JSON object, stored compact so that its length limit means the same for everyone.</summary>
public static class DictionaryExtra
{
    public static readonly IReadOnlyDictionary<string, JsonElement> Empty = FrozenDictionary<string, JsonElement>.Empty;

    // Stored, never written into HTML: Chinese text stays readable and counts one character per character.
    private static readonly JsonSerializerOptions StorageOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Returns the compact form of <paramref name="json"/>, or null for no data; refuses anything but a JSON object.</summary>
    public static string? Normalize(string? json, string member)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json);
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new InvalidInputException(member, "The extra data is not valid JSON.");
        }

        if (root.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidInputException(member, "The extra data must be a JSON object.");
        }

        var compact = JsonSerializer.Serialize(root, StorageOptions);
        if (compact.Length > DictionaryConsts.MaxExtraLength)
        {
            throw new InvalidInputException(member, $"The extra data is limited to {DictionaryConsts.MaxExtraLength} characters.");
        }

        return compact == "{}" ? null : compact;
    }

    /// <summary>The properties of stored extra data (already normalized, so always an object).</summary>
    public static IReadOnlyDictionary<string, JsonElement> Parse(string? json)
    {
        if (json is null)
        {
            return Empty;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateObject()
            .ToFrozenDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal);
    }
}
