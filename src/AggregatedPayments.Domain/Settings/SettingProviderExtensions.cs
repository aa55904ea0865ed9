using System.Globalization;

namespace AggregatedPayments.Settings;

/// <summary>Typed reads for the settings whose values are numbers or flags (their rules check them on write).</summary>
public static class SettingProviderExtensions
{
    public static async Task<int> GetIntAsync(this ISettingProvider provider, string name, CancellationToken cancellationToken = default)
    {
        var value = await provider.GetOrNullAsync(name, cancellationToken);
        return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new InvalidOperationException($"The setting '{name}' is not a whole number (check Settings:{name} in the configuration).");
    }

    public static async Task<bool> GetBoolAsync(this ISettingProvider provider, string name, CancellationToken cancellationToken = default)
    {
        var value = await provider.GetOrNullAsync(name, cancellationToken);
        return bool.TryParse(value, out var flag)
            ? flag
            : throw new InvalidOperationException($"The setting '{name}' is not true or false (check Settings:{name} in the configuration).");
    }
}
