using System.Text.Json.Nodes;
using AggregatedPayments.ChannelSimulator.Payouts;

namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>
/// Payout, query and balance of the generic provider. Idempotency is per merchant and order_ref:
/// the same body gets the first answer again and pays nothing more; a different body gets
/// <see cref="GenericErrorCodes.DuplicateOrderRef"/>; past the idempotency window any resend gets
/// <see cref="GenericErrorCodes.OrderRefExpired"/>. Payee rules refuse before acceptance, so a
/// refused order_ref stays unknown to queries. An account ending in 0009 stays pending until settled.
/// Every state change of an accepted payout is told to the merchant by a signed callback.
/// </summary>
public sealed class GenericPayouts(GenericLedger ledger, PayoutLog payouts, GenericNotifier notifier, TimeProvider clock)
{
    public GenericReply Payout(GenericAccount account, JsonObject request)
    {
        var key = GenericJson.Text(request, "order_ref");
        var amountText = GenericJson.Text(request, "pay_amount");
        var currency = GenericJson.Text(request, "currency_code");
        var payeeAccount = GenericJson.Text(request, "beneficiary_account");
        if (key is not { Length: <= 64 } || !GenericAmount.TryParse(amountText, out var fen) || fen <= 0
            || currency is null || payeeAccount is null || GenericJson.Text(request, "beneficiary_name") is null)
        {
            return GenericReply.Error(400, GenericErrorCodes.InvalidRequest, "order_ref, pay_amount, currency_code, beneficiary_account and beneficiary_name are required");
        }

        lock (ledger.Gate)
        {
            if (account.Orders.TryGetValue(key, out var existing))
            {
                if (clock.GetUtcNow() - existing.AcceptedAt > ledger.IdempotencyWindow)
                {
                    return GenericReply.Error(409, GenericErrorCodes.OrderRefExpired, "order_ref is past the idempotency window; query it instead");
                }

                return JsonNode.DeepEquals(existing.Request, request)
                    ? GenericReply.Json(200, existing.FirstAnswer)
                    : GenericReply.Error(409, GenericErrorCodes.DuplicateOrderRef, "order_ref already used with different parameters; the first request stands");
            }

            if (Refusal(account, currency, payeeAccount, fen) is { } refusal)
            {
                return refusal;
            }

            var now = clock.GetUtcNow();
            var order = new GenericOrder(account.MerchantId, key, (JsonObject)request.DeepClone(), fen, ledger.NextTxnId(now), GenericJson.Text(request, "callback_url"), now);
            account.AvailableFen -= fen;
            account.Orders.Add(key, order);
            if (payeeAccount.EndsWith("0009", StringComparison.Ordinal))
            {
                account.FrozenFen += fen;
                Change(account, order, GenericStates.Pending, null);
            }
            else
            {
                Pay(account, order, now);
            }

            order.FirstAnswer = GenericAnswers.Order(order);
            return GenericReply.Json(200, order.FirstAnswer);
        }
    }

    public GenericReply Query(GenericAccount account, JsonObject request)
    {
        var key = GenericJson.Text(request, "order_ref");
        if (key is null)
        {
            return GenericReply.Error(400, GenericErrorCodes.InvalidRequest, "order_ref is required");
        }

        lock (ledger.Gate)
        {
            return account.Orders.TryGetValue(key, out var order)
                ? GenericReply.Json(200, GenericAnswers.Order(order))
                : GenericReply.Error(404, GenericErrorCodes.OrderNotFound, "no order under this order_ref");
        }
    }

    public GenericReply Balance(GenericAccount account, JsonObject request)
    {
        if (GenericJson.Text(request, "currency_code") is { } currency && currency != GenericAmount.Currency)
        {
            return GenericReply.Error(422, GenericErrorCodes.CurrencyNotSupported, "only CNY accounts are kept");
        }

        lock (ledger.Gate)
        {
            return GenericReply.Json(200, GenericAnswers.Balance(account));
        }
    }

    /// <summary>Moves an accepted payout on: pending → ok or rejected, ok → returned. Anything else is refused.</summary>
    public string? Settle(GenericAccount account, string key, string outcome)
    {
        lock (ledger.Gate)
        {
            if (!account.Orders.TryGetValue(key, out var order))
            {
                return "No order under this key.";
            }

            var now = clock.GetUtcNow();
            switch (order.State, outcome)
            {
                case (GenericStates.Pending, GenericStates.Ok):
                    account.FrozenFen -= order.AmountFen;
                    Pay(account, order, now);
                    return null;
                case (GenericStates.Pending, GenericStates.Rejected):
                    account.FrozenFen -= order.AmountFen;
                    account.AvailableFen += order.AmountFen;
                    Change(account, order, GenericStates.Rejected, GenericErrorCodes.BankRejected);
                    return null;
                case (GenericStates.Ok, GenericStates.Returned):
                    account.AvailableFen += order.AmountFen;
                    account.Movements.Add(new GenericMovement(order.Key, order.TxnId, order.AmountFen, GenericStates.Returned, now));
                    Change(account, order, GenericStates.Returned, GenericErrorCodes.ReturnedByBank);
                    return null;
                default:
                    return $"A {order.State} order cannot become {outcome}.";
            }
        }
    }

    private void Pay(GenericAccount account, GenericOrder order, DateTimeOffset now)
    {
        account.Movements.Add(new GenericMovement(order.Key, order.TxnId, order.AmountFen, GenericStates.Ok, now));
        payouts.Add(new PayoutRecord(GenericProtocol.Channel, order.Key, GenericAmount.Format(order.AmountFen), order.TxnId, now));
        Change(account, order, GenericStates.Ok, null);
    }

    private void Change(GenericAccount account, GenericOrder order, string state, string? errorCode)
    {
        order.State = state;
        order.ErrorCode = errorCode;
        order.Version++;
        notifier.Notify(account, order);
    }

    private static GenericReply? Refusal(GenericAccount account, string currency, string payeeAccount, long fen)
    {
        if (currency != GenericAmount.Currency)
        {
            return GenericReply.Error(422, GenericErrorCodes.CurrencyNotSupported, "only CNY payouts are made");
        }

        if (payeeAccount.EndsWith("0001", StringComparison.Ordinal))
        {
            return GenericReply.Error(422, GenericErrorCodes.AccountClosed, "the beneficiary account is closed");
        }

        if (payeeAccount.EndsWith("0002", StringComparison.Ordinal))
        {
            return GenericReply.Error(422, GenericErrorCodes.NameMismatch, "the beneficiary name does not match the account");
        }

        return account.AvailableFen < fen
            ? GenericReply.Error(422, GenericErrorCodes.InsufficientFunds, "the merchant's available balance is too low")
            : null;
    }
}
