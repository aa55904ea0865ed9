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
        var request = ToRequest(instruction, withdrawal);
        return new StoredRequest(request.Key, ContentType, ItemBody(request));
    }

    /// <summary>
    /// A batch of payouts; refuses (as a platform error, before anything is stored) an empty batch, one over
    /// <paramref name="maxItems"/>, or one naming an item key twice.
    /// </summary>
    public static StoredRequest PrepareBatch(string batchKey, IReadOnlyList<PayoutInstruction> items, int maxItems)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(batchKey);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0 || items.Count > maxItems)
        {
            throw new ArgumentException($"A sandbox batch holds 1 to {maxItems} items, not {items.Count}.", nameof(items));
        }

        if (items.Select(i => i.Key).Distinct(StringComparer.Ordinal).Count() != items.Count)
        {
            throw new ArgumentException("A batch names each item key once.", nameof(items));
        }

        var batch = new SandboxBatchRequest(batchKey, [.. items.Select(i => ToRequest(i, withdrawal: false))]);
        return new StoredRequest(batchKey, ContentType, JsonSerializer.SerializeToUtf8Bytes(batch, Options));
    }

    /// <summary>The bytes of one payout alone: a single request's whole body, and what a batch item is compared by when its key comes again.</summary>
    public static byte[] ItemBody(SandboxRequest request) => JsonSerializer.SerializeToUtf8Bytes(request, Options);

    /// <summary>Reads a batch body as the provider would; null when it is not a well-formed sandbox batch.</summary>
    public static SandboxBatchRequest? TryParseBatch(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            var batch = JsonSerializer.Deserialize<SandboxBatchRequest>(body, Options);
            if (batch is null || string.IsNullOrWhiteSpace(batch.BatchKey) || batch.Items is not { Count: > 0 }
                || batch.Items.Any(i => i is null || string.IsNullOrWhiteSpace(i.Key) || string.IsNullOrEmpty(i.AccountNumber))
                || batch.Items.Select(i => i.Key).Distinct(StringComparer.Ordinal).Count() != batch.Items.Count)
            {
                return null;
            }

            foreach (var item in batch.Items)
            {
                _ = item.Amount;
            }

            return batch;
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            return null;
        }
    }

    private static SandboxRequest ToRequest(PayoutInstruction instruction, bool withdrawal)
    {
        ArgumentNullException.ThrowIfNull(instruction);
        ArgumentException.ThrowIfNullOrWhiteSpace(instruction.Key);

        return new SandboxRequest(
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
