using System.Text.Json;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// Provider status values → our states, parsed from the <c>status_mapping</c> parameter:
/// <c>{"SUCCESS": "Succeeded", "DEALING": "Processing", "FAIL": "Failed", "NO_ORDER": "NotFound"}</c>.
/// Values compare ordinally; a value not in the mapping is unmapped, which every caller treats as unknown.
/// </summary>
public sealed class GenericHttpStatusMapping
{
    private const string NotFoundName = "NotFound";

    private readonly Dictionary<string, GenericHttpStatus> statuses;

    private GenericHttpStatusMapping(Dictionary<string, GenericHttpStatus> statuses) => this.statuses = statuses;

    public static GenericHttpStatusMapping Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ChannelConfigurationException("The status mapping is not a JSON object.");
            }

            var statuses = new Dictionary<string, GenericHttpStatus>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                statuses[property.Name] = Meaning(property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : string.Empty)
                    ?? throw new ChannelConfigurationException($"The status mapping's '{property.Name}' names no state we know.");
            }

            return new GenericHttpStatusMapping(statuses);
        }
        catch (JsonException e)
        {
            throw new ChannelConfigurationException($"The status mapping is not valid JSON: {e.Message}");
        }
    }

    public GenericHttpStatus Map(string? providerValue) =>
        providerValue is not null && statuses.TryGetValue(providerValue, out var status) ? status : GenericHttpStatus.Unmapped;

    private static GenericHttpStatus? Meaning(string name)
    {
        if (name == NotFoundName)
        {
            return GenericHttpStatus.NotFound;
        }

        // Exact names only: Enum.TryParse would also take numbers and comma-joined names.
        return Enum.GetNames<ChannelPayoutState>().Contains(name, StringComparer.Ordinal)
            ? new GenericHttpStatus(Enum.Parse<ChannelPayoutState>(name), false)
            : null;
    }
}
