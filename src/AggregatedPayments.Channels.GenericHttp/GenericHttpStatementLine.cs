using System.Globalization;
using System.Text.Json;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// Reads one statement line through the statement section of the field mapping. Reconciliation must
/// not guess: a line whose amount, currency or status cannot be read exactly fails the statement.
/// <c>bookedAt</c> is Unix seconds or ISO 8601 with an offset; a time without an offset is refused,
/// because the provider's time zone is not ours to assume.
/// </summary>
public static class GenericHttpStatementLine
{
    private static readonly string[] IsoFormats = ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"];

    public static StatementLine Read(JsonElement line, int number, GenericHttpSettings settings)
    {
        var currency = Text(line, GenericHttpFields.Currency, settings);
        if (currency is not { Length: 3 } || !currency.All(char.IsAsciiLetterUpper))
        {
            throw Bad(number, "has no three-letter currency");
        }

        var amount = Amount(line, GenericHttpFields.Amount, currency, settings) ?? throw Bad(number, "has no amount in the configured format");
        var status = settings.Statuses.Map(Text(line, GenericHttpFields.Status, settings));
        if (status.State is not { } state)
        {
            throw Bad(number, "has a status that is not mapped to a state");
        }

        DateTime? bookedAt = null;
        if (Element(line, GenericHttpFields.BookedAt, settings) is { } booked)
        {
            bookedAt = BookedAt(booked) ?? throw Bad(number, "has a booking time that is neither Unix seconds nor ISO 8601 with an offset");
        }

        ChannelAmount? fee = null;
        if (Element(line, GenericHttpFields.Fee, settings) is not null)
        {
            fee = Amount(line, GenericHttpFields.Fee, currency, settings) ?? throw Bad(number, "has a fee not in the configured format");
        }

        return new StatementLine(
            Text(line, GenericHttpFields.Key, settings), Text(line, GenericHttpFields.ProviderReference, settings), amount, state, bookedAt, fee);
    }

    private static DateTime? BookedAt(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var seconds))
        {
            return DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime;
        }

        return value.ValueKind == JsonValueKind.String
               && DateTimeOffset.TryParseExact(value.GetString(), IsoFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? instant.UtcDateTime
            : null;
    }

    private static ChannelAmount? Amount(JsonElement line, string field, string currency, GenericHttpSettings settings) =>
        Element(line, field, settings) is { } value && GenericHttpAmountFormat.TryRead(value, settings.AmountExponent, settings.AmountFormat, out var minor)
            ? new ChannelAmount(minor, currency, settings.AmountExponent)
            : null;

    private static string? Text(JsonElement line, string field, GenericHttpSettings settings) => GenericHttpJsonPath.Text(Element(line, field, settings));

    private static JsonElement? Element(JsonElement line, string field, GenericHttpSettings settings) =>
        settings.Fields.StatementPath(field) is { } path ? GenericHttpJsonPath.Find(line, path) : null;

    private static InvalidDataException Bad(int number, string why) => new($"Statement line {number} {why}.");
}
