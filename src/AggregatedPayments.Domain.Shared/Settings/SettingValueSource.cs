using System.Text.Json.Serialization;

namespace AggregatedPayments.Settings;

/// <summary>Where an effective value came from, so that a form can say "inherited from the platform".</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SettingValueSource>))]
public enum SettingValueSource
{
    Default = 0,
    Configuration = 1,
    Global = 2,
    Tenant = 3,
    User = 4
}
