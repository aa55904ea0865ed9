using System.Buffers.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// The amount of the HTTP contract: whole minor units, as a JSON integer or as a string of digits (for
/// systems that write 64-bit integers as text). A fraction is refused rather than rounded.
/// </summary>
internal sealed class PayrollHttpMinorUnitsConverter : JsonConverter<long?>
{
    private const string Expected = "amountMinor holds a whole number of minor units (fen for CNY), as a JSON integer or a string of digits.";

    public override bool HandleNull => true;

    public override long? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return null;
            case JsonTokenType.Number when reader.TryGetInt64(out var number):
                return number;
            case JsonTokenType.String when !reader.HasValueSequence && !reader.ValueIsEscaped
                                           && Utf8Parser.TryParse(reader.ValueSpan, out long parsed, out var consumed)
                                           && consumed == reader.ValueSpan.Length && consumed > 0:
                return parsed;
            default:
                throw new JsonException(Expected);
        }
    }

    public override void Write(Utf8JsonWriter writer, long? value, JsonSerializerOptions options) =>
        throw new NotSupportedException("The contract is only read.");
}
