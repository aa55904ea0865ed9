using AggregatedPayments.Settings;

namespace AggregatedPayments.ApplicationConfiguration;

/// <summary>The effective values the current user sees; encrypted settings are never sent to a client.</summary>
internal sealed class SettingProviderClientSettingsReader(SettingDefinitionManager definitions, ISettingProvider settings) : IClientSettingsReader
{
    public async Task<IReadOnlyDictionary<string, string?>> GetVisibleValuesAsync(CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var definition in definitions.All.Where(d => d.IsVisibleToClients && !d.IsEncrypted))
        {
            values[definition.Name] = await settings.GetOrNullAsync(definition.Name, cancellationToken);
        }

        return values;
    }
}
