using System.Text.Json.Nodes;

namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>
/// A payout the provider accepted under one merchant's order_ref: the request it came with (for the
/// idempotency check), the first answer (replayed to an identical resend), and its current state.
/// </summary>
public sealed class GenericOrder(string merchant, string key, JsonObject request, long amountFen, string txnId, string? callbackUrl, DateTimeOffset acceptedAt)
{
    public string Merchant { get; } = merchant;

    public string Key { get; } = key;

    public JsonObject Request { get; } = request;

    public long AmountFen { get; } = amountFen;

    public string TxnId { get; } = txnId;

    public string? CallbackUrl { get; } = callbackUrl;

    public DateTimeOffset AcceptedAt { get; } = acceptedAt;

    public string State { get; set; } = GenericStates.Pending;

    public string? ErrorCode { get; set; }

    public byte[] FirstAnswer { get; set; } = [];

    /// <summary>Raised on every state change, so a callback can tell the merchant.</summary>
    public int Version { get; set; }
}
