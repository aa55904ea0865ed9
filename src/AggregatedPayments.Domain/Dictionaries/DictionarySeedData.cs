using System.Text.Json;

namespace AggregatedPayments.Dictionaries;

/// <summary>
/// The seed data, kept as JSON files embedded from SeedData/ so that it reads and diffs as data:
/// ISO 4217 currencies, major Chinese banks, payout purposes, ID types, the platform's error codes and
/// the providers' documented payout answers mapped onto them.
/// </summary>
internal static class DictionarySeedData
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    private static readonly string[] DictionaryFiles = ["currencies.json", "banks.json", "payout-purposes.json", "id-types.json"];

    public static IReadOnlyList<SeedDictionary> Dictionaries { get; } = DictionaryFiles.Select(Read<SeedDictionary>).ToList();

    public static IReadOnlyList<SeedErrorEntry> PlatformErrors { get; } = Read<SeedErrorEntries>("platform-errors.json").Entries;

    public static IReadOnlyList<SeedChannelErrorEntry> ChannelErrors { get; } = Read<SeedChannelErrorEntries>("channel-errors.json").Entries;

    private static T Read<T>(string file)
    {
        var assembly = typeof(DictionarySeedData).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Dictionaries.SeedData." + file, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidOperationException($"The seed file {file} is empty.");
    }
}
