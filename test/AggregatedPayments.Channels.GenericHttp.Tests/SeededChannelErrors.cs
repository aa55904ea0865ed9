using System.Text.Json;
using AggregatedPayments.Testing;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>The error dictionary's seed file as the platform loads it, read from the repository for the generic HTTP adapter's codes.</summary>
public static class SeededChannelErrors
{
    public static (bool IsFinal, bool IsNeverAccepted)? Find(string channelCode, string channelErrorCode)
    {
        var path = Path.Combine(TestRepository.Root(), "src", "AggregatedPayments.Domain", "Dictionaries", "SeedData", "channel-errors.json");
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        foreach (var entry in document.RootElement.GetProperty("entries").EnumerateArray())
        {
            if (entry.GetProperty("channelCode").GetString() == channelCode && entry.GetProperty("channelErrorCode").GetString() == channelErrorCode)
            {
                return (entry.GetProperty("isFinal").GetBoolean(), entry.GetProperty("isNeverAccepted").GetBoolean());
            }
        }

        return null;
    }
}
