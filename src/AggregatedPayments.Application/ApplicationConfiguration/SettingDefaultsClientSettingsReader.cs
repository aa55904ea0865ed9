using AggregatedPayments.Settings;

namespace AggregatedPayments.ApplicationConfiguration;

internal sealed class SettingDefaultsClientSettingsReader(SettingDefinitionManager definitions) : IClientSettingsReader
{
    public Task<IReadOnlyDictionary<string, string?>> GetVisibleValuesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(
            definitions.All.Where(d => d.IsVisibleToClients).ToDictionary(d => d.Name, d => d.DefaultValue));
}
