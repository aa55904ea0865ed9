namespace AggregatedPayments.Settings;

/// <summary>Settings allowed at every level, so that tests can walk the whole fallback chain.</summary>
public sealed class TestSettingDefinitionProvider : ISettingDefinitionProvider
{
    public const string Fallback = "Tests.Fallback";
    public const string Configured = "Tests.Configured";
    public const string Secret = "Tests.Secret";

    /// <summary>What <see cref="SettingsTestServices"/> puts under <c>Settings:Tests.Configured</c>.</summary>
    public const string ConfiguredValue = "from-configuration";

    public void Define(ICollection<SettingDefinition> settings)
    {
        settings.Add(new SettingDefinition(Fallback, "default", SettingLevels.All));
        settings.Add(new SettingDefinition(Configured, "default", SettingLevels.All));
        settings.Add(new SettingDefinition(Secret, null, SettingLevels.All, IsEncrypted: true));
    }
}
