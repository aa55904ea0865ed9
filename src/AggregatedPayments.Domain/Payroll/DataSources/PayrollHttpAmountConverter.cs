using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// Reads <c>amountMinor</c>: a JSON integer, or a string of digits for systems that write 64-bit integers as
/// text. Anything else is kept as what it was, to be reported on its line (<see cref="PayrollHttpAmount"/>).
/// </summary>
internal sealed class PayrollHttpAmountConverter : JsonConverter<PayrollHttpAmount>
{
    public override bool HandleNull => true;

    public override PayrollHttpAmount Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Null:
                return default;
            case JsonTokenType.Number when reader.TryGetInt64(out var number):
                return new PayrollHttpAmount(number, null);
            case JsonTokenType.String when !reader.ValueIsEscaped && Utf8Parser.TryParse(Raw(ref reader), out long parsed, out var consumed)
                                           && consumed == Raw(ref reader).Length:
                return new PayrollHttpAmount(parsed, null);
            case JsonTokenType.Number or JsonTokenType.String or JsonTokenType.True or JsonTokenType.False:
                return Unreadable(reader.TokenType == JsonTokenType.String ? $"\"{reader.GetString()}\"" : Encoding.UTF8.GetString(Raw(ref reader)));
            default:
                // An object or an array: step over it whole, so the rest of the page reads on.
                var kind = reader.TokenType == JsonTokenType.StartObject ? "an object" : "an array";
                reader.Skip();
                return Unreadable(kind);
        }
    }

    public override void Write(Utf8JsonWriter writer, PayrollHttpAmount value, JsonSerializerOptions options) =>
        throw new NotSupportedException("The contract is only read.");

    // Never a number the amount check would read (it takes plain numbers as major units): a sentence naming what came.
    private static PayrollHttpAmount Unreadable(string what) =>
        new(null, $"amountMinor {what} is not a whole number of minor units");

    private static ReadOnlySpan<byte> Raw(ref Utf8JsonReader reader) =>
        reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan;
}
