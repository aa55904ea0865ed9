using System.Globalization;
using System.Text.Json;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// Downloads one day's statement: POSTs <c>{statementDateName: "yyyy-MM-dd"}</c> to the Statement
/// address and reads the verified answer either as JSON lines (one object per line, blank lines
/// skipped) or, when <c>statement_lines_path</c> is set, as one JSON object holding the array of
/// lines at that path. Nothing is yielded before the whole answer's signature has verified; a
/// transport failure or an untrusted answer is an <see cref="HttpRequestException"/>, an unreadable
/// statement an <see cref="InvalidDataException"/>.
/// </summary>
public static class GenericHttpStatement
{
    public static byte[] Request(DateOnly day, GenericHttpSettings settings)
    {
        if (!settings.Fields.HasStatement)
        {
            throw new ChannelConfigurationException("The field mapping has no 'statement' section.");
        }

        var name = settings.Fields.RequiredRequestName(GenericHttpFields.StatementDate);
        return GenericHttpJson.Object(w => w.WriteString(name, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
    }

    public static IEnumerable<StatementLine> Read(GenericHttpExchange exchange, GenericHttpSettings settings)
    {
        if (exchange.Body is not { } body)
        {
            throw new HttpRequestException(exchange.Failure);
        }

        if (exchange.StatusCode is < 200 or >= 300)
        {
            var code = GenericHttpDocument.TryParse(body, settings)?.Error?.Code ?? "no error code";
            throw new HttpRequestException($"The provider refused the statement: HTTP {exchange.StatusCode}, {code}.");
        }

        return settings.StatementLinesPath is { } path ? FromArray(body, path, settings) : FromJsonLines(body, settings);
    }

    private static IEnumerable<StatementLine> FromJsonLines(byte[] body, GenericHttpSettings settings)
    {
        var number = 0;
        var start = 0;
        while (start < body.Length)
        {
            var end = Array.IndexOf(body, (byte)'\n', start);
            var line = body.AsMemory(start, (end < 0 ? body.Length : end) - start);
            start = end < 0 ? body.Length : end + 1;
            number++;
            if (line.Span.Trim("\r \t"u8).IsEmpty)
            {
                continue;
            }

            yield return ReadLine(line, number, settings);
        }
    }

    private static StatementLine ReadLine(ReadOnlyMemory<byte> line, int number, GenericHttpSettings settings)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? GenericHttpStatementLine.Read(document.RootElement, number, settings)
                : throw new InvalidDataException($"Statement line {number} is not a JSON object.");
        }
        catch (JsonException)
        {
            throw new InvalidDataException($"Statement line {number} is not JSON.");
        }
    }

    private static IEnumerable<StatementLine> FromArray(byte[] body, string path, GenericHttpSettings settings)
    {
        using var document = ParseObject(body);
        if (GenericHttpJsonPath.Find(document.RootElement, path) is not { ValueKind: JsonValueKind.Array } lines)
        {
            throw new InvalidDataException($"The statement has no array at '{path}'.");
        }

        var number = 0;
        foreach (var line in lines.EnumerateArray())
        {
            number++;
            yield return line.ValueKind == JsonValueKind.Object
                ? GenericHttpStatementLine.Read(line, number, settings)
                : throw new InvalidDataException($"Statement line {number} is not a JSON object.");
        }
    }

    private static JsonDocument ParseObject(byte[] body)
    {
        try
        {
            return JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            throw new InvalidDataException("The statement is not JSON.");
        }
    }
}
