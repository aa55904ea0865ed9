using System.Text.Json;
using AggregatedPayments.Testing;

namespace AggregatedPayments.Channels.Alipay.Simulator;

/// <summary>
/// The error dictionary's seed read from the repository (this project may not reference the
/// domain), so a test can check how the platform will classify a raw code the simulator sent.
/// </summary>
public static class SeededErrorDictionary
{
    public sealed record Entry(string ChannelCode, string ChannelErrorCode, string Code, bool IsRetryable, bool IsFinal, bool IsNeverAccepted);

    private static readonly Lazy<IReadOnlyList<Entry>> Entries = new(Load);

    public static Entry? Find(string provider, string rawCode) =>
        Entries.Value.SingleOrDefault(e => e.ChannelCode == provider && e.ChannelErrorCode == rawCode);

    private static IReadOnlyList<Entry> Load()
    {
        var path = Path.Combine(TestRepository.Root(), "src", "AggregatedPayments.Domain", "Dictionaries", "SeedData", "channel-errors.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        return document.RootElement.GetProperty("entries").EnumerateArray()
            .Select(e => new Entry(
                e.GetProperty("channelCode").GetString()!,
                e.GetProperty("channelErrorCode").GetString()!,
                e.GetProperty("code").GetString()!,
                e.GetProperty("isRetryable").GetBoolean(),
                e.GetProperty("isFinal").GetBoolean(),
                e.GetProperty("isNeverAccepted").GetBoolean()))
            .ToList();
    }
}
