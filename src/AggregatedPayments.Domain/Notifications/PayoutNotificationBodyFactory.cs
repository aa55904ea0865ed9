using System.Text.Json;
using System.Text.Json.Serialization;
using AggregatedPayments.Channels;
using AggregatedPayments.Data;
using AggregatedPayments.Dictionaries;
using AggregatedPayments.Payouts;

namespace AggregatedPayments.Notifications;

/// <summary>
/// Freezes what a payout's event says at the moment it happened. Failures carry the platform's code and
/// message from the error dictionary (looked up as classification does: the provider's sub-code, then its
/// code), so a merchant reads the same codes from every channel.
/// </summary>
public sealed class PayoutNotificationBodyFactory(
    IRepository<MerchantChannel> merchantChannels,
    IRepository<Channel> channels,
    IErrorDictionaryLookup errors)
{
    /// <summary>Web defaults (camelCase), enums by name as the API writes them, absent failure fields left out; non-ASCII escaped, so the body is plain ASCII for every verifier.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull
    };

    public async Task<string> CreateAsync(Guid eventId, string eventType, PayoutStateMove move, CancellationToken cancellationToken)
    {
        var order = move.Order;
        if (order.Lines.Count == 0)
        {
            throw new InvalidOperationException($"Order {order.Id} was loaded without its lines; the event must list every line's reference.");
        }

        var (failureCode, failureMessage) = await DescribeFailureAsync(move, cancellationToken);
        var body = new PayoutNotificationBody(
            eventId,
            eventType,
            move.Version,
            DateTime.SpecifyKind(move.Change.Time, DateTimeKind.Utc),
            new PayoutNotificationOrder(
                order.Id,
                move.To,
                order.AmountMinor,
                order.Currency,
                order.Kind,
                failureCode,
                failureMessage,
                new PayoutNotificationPayee(order.Payee.MaskedAccountNumber),
                order.Lines.OrderBy(l => l.LineNumber).Select(l => new PayoutNotificationLine(l.MerchantReference, l.AmountMinor)).ToList()));
        return JsonSerializer.Serialize(body, JsonOptions);
    }

    private async Task<(string? Code, string? Message)> DescribeFailureAsync(PayoutStateMove move, CancellationToken cancellationToken)
    {
        if (move.To == PayoutState.Cancelled)
        {
            return (null, move.Change.Reason);
        }

        if (move.To is not (PayoutState.Failed or PayoutState.Returned))
        {
            return (null, null);
        }

        if (move.Order.CurrentAttempt is not { ProviderErrorCode: { } code } attempt)
        {
            return (null, move.Change.Reason);
        }

        var entry = await FindEntryAsync(attempt.MerchantChannelId, attempt.ProviderErrorSubCode, code, cancellationToken);
        return entry is null ? (code, move.Change.Reason) : (entry.Code, entry.MessageEn);
    }

    private async Task<ErrorDictionaryEntryInfo?> FindEntryAsync(Guid merchantChannelId, string? subCode, string code, CancellationToken cancellationToken)
    {
        if (await merchantChannels.FindAsync(merchantChannelId, cancellationToken) is not { } merchantChannel
            || await channels.FindAsync(merchantChannel.ChannelId, cancellationToken) is not { } channel)
        {
            return null;
        }

        return (subCode is null ? null : await errors.FindAsync(channel.Provider, subCode, cancellationToken))
               ?? await errors.FindAsync(channel.Provider, code, cancellationToken);
    }
}
