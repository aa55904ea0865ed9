using System.Text.Json;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>A verified JSON answer or callback, read through the response side of the field mapping.</summary>
public sealed class GenericHttpDocument
{
    private readonly JsonElement root;
    private readonly GenericHttpSettings settings;

    private GenericHttpDocument(JsonElement root, GenericHttpSettings settings)
    {
        this.root = root;
        this.settings = settings;
    }

    public static GenericHttpDocument? TryParse(byte[] body, GenericHttpSettings settings)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object ? new GenericHttpDocument(document.RootElement.Clone(), settings) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public JsonElement? Element(string ourField)
    {
        var path = settings.Fields.ResponsePath(ourField);
        return path is null ? null : GenericHttpJsonPath.Find(root, path);
    }

    public string? Text(string ourField) => GenericHttpJsonPath.Text(Element(ourField));

    public GenericHttpStatus Status => settings.Statuses.Map(Text(GenericHttpFields.Status));

    public ProviderError? Error => Text(GenericHttpFields.ErrorCode) is { } code
        ? new ProviderError(code, null, Text(GenericHttpFields.ErrorMessage))
        : null;

    /// <summary>Absent: null; present: whether it names exactly <paramref name="minor"/> in the configured format.</summary>
    public bool? AmountMatches(string ourField, long minor, int exponent) => Element(ourField) is { } element
        ? GenericHttpAmountFormat.TryRead(element, exponent, settings.AmountFormat, out var answered) && answered == minor
        : null;

    public ChannelAmount? Amount(string ourField, string currency, int exponent) =>
        Element(ourField) is { } element && GenericHttpAmountFormat.TryRead(element, exponent, settings.AmountFormat, out var minor)
            ? new ChannelAmount(minor, currency, exponent)
            : null;
}
