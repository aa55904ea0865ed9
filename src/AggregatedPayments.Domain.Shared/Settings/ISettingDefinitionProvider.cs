namespace AggregatedPayments.Settings;

public interface ISettingDefinitionProvider
{
    void Define(ICollection<SettingDefinition> settings);
}
