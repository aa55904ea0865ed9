using System.Text.Json;

namespace AggregatedPayments.Channels.GenericHttp;

/// <summary>
/// The key and amount read back from a stored payout body, so an answer can be checked against what
/// was really sent rather than against anything recomputed.
/// </summary>
public sealed record GenericHttpSentPayout(string Key, long Minor, int Exponent)
{
    public static GenericHttpSentPayout Read(StoredRequest request, GenericHttpSettings settings)
    {
        using var document = JsonDocument.Parse(request.Body);
        var root = document.RootElement;
        var keyName = settings.Fields.RequiredRequestName(GenericHttpFields.Key);
        var amountName = settings.Fields.RequiredRequestName(GenericHttpFields.Amount);
        if (!root.TryGetProperty(keyName, out var key) || key.GetString() != request.Key
            || !root.TryGetProperty(amountName, out var amount)
            || ExponentOf(amount, settings) is not { } exponent
            || !GenericHttpAmountFormat.TryRead(amount, exponent, settings.AmountFormat, out var minor))
        {
            throw new ArgumentException("The stored request is not a payout body of this channel's configuration.", nameof(request));
        }

        return new GenericHttpSentPayout(request.Key, minor, exponent);
    }

    /// <summary>
    /// A decimal string carries its currency's exponent in its decimals; minor units compare as they
    /// are, whatever the exponent, so the configured one serves.
    /// </summary>
    private static int? ExponentOf(JsonElement amount, GenericHttpSettings settings)
    {
        if (settings.AmountFormat == GenericHttpAmountFormat.MinorInteger)
        {
            return settings.AmountExponent;
        }

        if (amount.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        var text = amount.GetString()!;
        var dot = text.IndexOf('.');
        return dot < 0 ? 0 : text.Length - dot - 1;
    }
}
