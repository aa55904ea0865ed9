using System.Text.Json;

namespace AggregatedPayments.BackgroundJobs;

/// <summary>One JSON shape for arguments, used when enqueuing and when running.</summary>
internal static class BackgroundJobArgsSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize<TArgs>(TArgs args) => JsonSerializer.Serialize(args, Options);

    public static TArgs Deserialize<TArgs>(string json) =>
        JsonSerializer.Deserialize<TArgs>(json, Options)
        ?? throw new JsonException($"The stored arguments of a {typeof(TArgs).Name} job are null.");
}
