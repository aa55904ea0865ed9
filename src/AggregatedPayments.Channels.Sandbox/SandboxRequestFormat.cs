using System.Text.Json;
using System.Text.Json.Serialization;

namespace AggregatedPayments.Channels.Sandbox;

/// <summary>
/// Writes and reads the sandbox's compact JSON body. Preparing is pure, so the platform can store
/// the bytes before sending; submitting reads only those bytes, so a resend is compared with the
/// first request exactly as a real provider compares them.
/// </summary>
public static class SandboxRequestFormat
{
    public const string ContentType = "application/json";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // A body missing a field, or with null where the record allows none, is malformed, not a payout to nobody.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        Converters = { new JsonStringEnumConverter() }
    };

    public static StoredRequest Prepare(PayoutInstruction instruction, bool withdrawal)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        ArgumentException.ThrowIfNullOrWhiteSpace(instruction.Key);

        var request = new SandboxRequest(
            instruction.Key,
            instruction.Amount.Minor,
            instruction.Amount.Currency,
            instruction.Amount.Exponent,
            instruction.Payee.AccountNumber,
            instruction.Payee.AccountName,
            instruction.Payee.AccountType,
            instruction.Payee.BankCode,
            instruction.Title,
            withdrawal);
        return new StoredRequest(instruction.Key, ContentType, JsonSerializer.SerializeToUtf8Bytes(request, Options));
    }

    /// <summary>Reads a body as the provider would; null when it is not a well-formed sandbox request.</summary>
    public static SandboxRequest? TryParse(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            var request = JsonSerializer.Deserialize<SandboxRequest>(body, Options);
            if (request is null || string.IsNullOrWhiteSpace(request.Key) || string.IsNullOrEmpty(request.AccountNumber))
            {
                return null;
            }

            // Building the amount applies the contract's own checks (non-negative, ISO code, exponent range).
            _ = request.Amount;
            return request;
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            return null;
        }
    }
}
