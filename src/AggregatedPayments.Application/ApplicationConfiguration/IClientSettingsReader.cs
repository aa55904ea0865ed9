namespace AggregatedPayments.ApplicationConfiguration;

/// <summary>The effective values of the settings defined as visible to clients, for the current user.</summary>
public interface IClientSettingsReader
{
    Task<IReadOnlyDictionary<string, string?>> GetVisibleValuesAsync(CancellationToken cancellationToken);
}
