using System.Globalization;

namespace AggregatedPayments.Channels;

/// <summary>The resolved values (platform's and merchant's, decrypted) an adapter works with for one call.</summary>
public sealed class ChannelParameters(IReadOnlyDictionary<string, string> values)
{
    public string Get(string name) =>
        values.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value)
            ? value
            : throw new ChannelConfigurationException($"The channel parameter '{name}' is not set.");

    public string? GetOrNull(string name) => values.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    public bool GetBool(string name, bool fallback = false) =>
        GetOrNull(name) is { } value ? bool.Parse(value) : fallback;

    public int GetInt(string name, int fallback) =>
        GetOrNull(name) is { } value ? int.Parse(value, NumberStyles.Integer, CultureInfo.InvariantCulture) : fallback;
}
