using System.Globalization;
using AggregatedPayments.ChannelSimulator.Callbacks;

namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>
/// Queues the callback for a payout's new state to the callback_url its request named (none named,
/// none sent): the order as a query would answer it plus a notify_id, in the same X-GP-* headers as
/// every answer, signed over <c>timestamp + "\n" + body</c> with the merchant's secret.
/// </summary>
public sealed class GenericNotifier(CallbackOutbox outbox, TimeProvider clock)
{
    public void Notify(GenericAccount account, GenericOrder order)
    {
        if (!Uri.TryCreate(order.CallbackUrl, UriKind.Absolute, out var target))
        {
            return;
        }

        var body = GenericJson.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("notify_id", order.TxnId + "-" + order.Version.ToString(CultureInfo.InvariantCulture));
            GenericAnswers.WriteOrder(w, order);
            w.WriteEndObject();
        });
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>
        {
            [GenericProtocol.MerchantHeader] = account.MerchantId,
            [GenericProtocol.TimestampHeader] = timestamp,
            [GenericProtocol.SignatureHeader] = GenericHmac.SignCallback(account.Secret, timestamp, body),
        };
        outbox.Enqueue(new PendingCallback(GenericProtocol.Channel, order.Key, target, GenericProtocol.JsonContentType, headers, body));
    }
}
