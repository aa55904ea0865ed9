using System.Text.Json;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// Our field names ↔ the provider's, parsed from the <c>field_mapping</c> parameter:
/// <c>{"request": {"key": "out_no", "amount": "amt", …}, "response": {"status": "data.state", …},
/// "statement": {"key": "out_no", "amount": "amt", "currency": "ccy", "status": "state", …}}</c>.
/// Request names are top-level JSON properties; response and statement names may be dot paths into
/// nested objects (statement paths start at each line). The statement section is optional, but a
/// statement needs amount, currency and status from every line.
/// Unknown field names are refused, so a typo fails on configuration rather than on a payout.
/// </summary>
public sealed class GenericHttpFieldMapping
{
    private readonly Dictionary<string, string> request;
    private readonly Dictionary<string, string> response;
    private readonly Dictionary<string, string>? statement;

    private GenericHttpFieldMapping(Dictionary<string, string> request, Dictionary<string, string> response, Dictionary<string, string>? statement)
    {
        this.request = request;
        this.response = response;
        this.statement = statement;
    }

    public static GenericHttpFieldMapping Parse(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var request = Section(root, "request", [.. GenericHttpFields.Request, .. GenericHttpFields.OtherRequests]);
            var response = Section(root, "response", GenericHttpFields.Response);
            var statement = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("statement", out _)
                ? Section(root, "statement", GenericHttpFields.Statement)
                : null;
            foreach (var required in new[] { GenericHttpFields.Key, GenericHttpFields.Amount })
            {
                if (!request.ContainsKey(required))
                {
                    throw new ChannelConfigurationException($"The field mapping has no request name for '{required}'.");
                }
            }

            if (!response.ContainsKey(GenericHttpFields.Status))
            {
                throw new ChannelConfigurationException("The field mapping has no response path for 'status'.");
            }

            foreach (var required in new[] { GenericHttpFields.Amount, GenericHttpFields.Currency, GenericHttpFields.Status })
            {
                if (statement is not null && !statement.ContainsKey(required))
                {
                    throw new ChannelConfigurationException($"The field mapping's statement section has no path for '{required}'.");
                }
            }

            return new GenericHttpFieldMapping(request, response, statement);
        }
        catch (JsonException e)
        {
            throw new ChannelConfigurationException($"The field mapping is not valid JSON: {e.Message}");
        }
    }

    public string? RequestName(string ourField) => request.GetValueOrDefault(ourField);

    public string RequiredRequestName(string ourField) =>
        RequestName(ourField) ?? throw new ChannelConfigurationException($"The field mapping has no request name for '{ourField}'.");

    public string? ResponsePath(string ourField) => response.GetValueOrDefault(ourField);

    public bool HasStatement => statement is not null;

    public string? StatementPath(string ourField) => statement?.GetValueOrDefault(ourField);

    private static Dictionary<string, string> Section(JsonElement root, string name, IReadOnlyList<string> allowed)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(name, out var section) || section.ValueKind != JsonValueKind.Object)
        {
            throw new ChannelConfigurationException($"The field mapping has no '{name}' object.");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in section.EnumerateObject())
        {
            if (!allowed.Contains(property.Name) || property.Value.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(property.Value.GetString()))
            {
                throw new ChannelConfigurationException($"The field mapping's '{name}.{property.Name}' is not a known field with a provider name.");
            }

            fields[property.Name] = property.Value.GetString()!;
        }

        return fields;
    }
}
