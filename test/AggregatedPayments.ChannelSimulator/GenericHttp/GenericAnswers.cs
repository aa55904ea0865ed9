using System.Text.Json;

namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>The provider's answer bodies: <c>{"result":{…}}</c>, with <c>"error"</c> beside it when an order ended badly.</summary>
public static class GenericAnswers
{
    public static byte[] Order(GenericOrder order) => GenericJson.Write(w =>
    {
        w.WriteStartObject();
        WriteOrder(w, order);
        w.WriteEndObject();
    });

    public static void WriteOrder(Utf8JsonWriter w, GenericOrder order)
    {
        w.WriteStartObject("result");
        w.WriteString("order_ref", order.Key);
        w.WriteString("txn_id", order.TxnId);
        w.WriteString("pay_amount", GenericAmount.Format(order.AmountFen));
        w.WriteString("currency_code", GenericAmount.Currency);
        w.WriteString("state", order.State);
        w.WriteEndObject();
        if (order.ErrorCode is { } code)
        {
            w.WriteStartObject("error");
            w.WriteString("code", code);
            w.WriteString("message", code == GenericErrorCodes.ReturnedByBank ? "the beneficiary bank returned the funds" : "the beneficiary bank refused the credit");
            w.WriteEndObject();
        }
    }

    public static byte[] Balance(GenericAccount account) => GenericJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("result");
        w.WriteString("currency_code", GenericAmount.Currency);
        w.WriteString("available_balance", GenericAmount.Format(account.AvailableFen));
        w.WriteString("frozen_balance", GenericAmount.Format(account.FrozenFen));
        w.WriteEndObject();
        w.WriteEndObject();
    });
}
