using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace AggregatedPayments.Localization;

/// <summary>
/// The platform's texts in en and zh-Hans. Every embedded file named <c>Feature.culture.json</c> under
/// Localization/AggregatedPayments adds its texts to that culture, so each feature keeps its own file.
/// A missing text falls back to English, then to the key itself.
/// </summary>
public sealed class TextLocalizer
{
    public const string DefaultCulture = "en";

    public static IReadOnlyList<string> SupportedCultures { get; } = ["en", "zh-Hans"];

    public static TextLocalizer Instance { get; } = Load();

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _texts;

    private TextLocalizer(FrozenDictionary<string, FrozenDictionary<string, string>> texts) => _texts = texts;

    public IReadOnlyDictionary<string, string> GetAll(string culture) => _texts[Normalize(culture)];

    public string this[string key] => Get(key, CultureInfo.CurrentUICulture.Name);

    public string Get(string key, string culture, IReadOnlyDictionary<string, object?>? values = null)
    {
        var text = _texts[Normalize(culture)].GetValueOrDefault(key)
                   ?? _texts[DefaultCulture].GetValueOrDefault(key)
                   ?? key;
        if (values is null)
        {
            return text;
        }

        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }

    /// <summary>Maps any culture to the closest supported one (zh, zh-CN, zh-Hans-CN → zh-Hans).</summary>
    public static string Normalize(string? culture)
    {
        if (string.IsNullOrWhiteSpace(culture))
        {
            return DefaultCulture;
        }

        return culture.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-Hans" : DefaultCulture;
    }

    private static TextLocalizer Load()
    {
        var assembly = typeof(TextLocalizer).Assembly;
        var byCulture = SupportedCultures.ToDictionary(c => c, _ => new Dictionary<string, string>(StringComparer.Ordinal));
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.EndsWith(".json", StringComparison.Ordinal)))
        {
            var culture = SupportedCultures.FirstOrDefault(c => resource.EndsWith("." + c + ".json", StringComparison.Ordinal));
            if (culture is null)
            {
                continue;
            }

            foreach (var (key, text) in ReadTexts(assembly, resource))
            {
                byCulture[culture][key] = text;
            }
        }

        return new TextLocalizer(byCulture.ToFrozenDictionary(p => p.Key, p => p.Value.ToFrozenDictionary(StringComparer.Ordinal)));
    }

    private static Dictionary<string, string> ReadTexts(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("texts").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "");
    }
}
