using System.Globalization;
using System.Text.Json.Nodes;

namespace AggregatedPayments.ChannelSimulator.GenericHttp;

/// <summary>
/// A day's movements (China time) as JSON lines, one object per line: order_ref, txn_id,
/// pay_amount, currency_code, state ("ok" for a payout, "returned" for a return's credit),
/// booked_at (ISO 8601 with offset) and fee. Today's statement holds the day so far; a later day is not ready.
/// </summary>
public sealed class GenericStatements(GenericLedger ledger, GenericStatementDrift drift, TimeProvider clock)
{
    public GenericReply Statement(GenericAccount account, JsonObject request)
    {
        if (!DateOnly.TryParseExact(GenericJson.Text(request, "statement_date"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return GenericReply.Error(400, GenericErrorCodes.InvalidRequest, "statement_date must be yyyy-MM-dd");
        }

        if (day > DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(GenericProtocol.ProviderOffset).DateTime))
        {
            return GenericReply.Error(400, GenericErrorCodes.StatementNotReady, "the statement of a day is ready once the day has begun");
        }

        List<GenericMovement> movements;
        lock (ledger.Gate)
        {
            movements = account.Movements.Where(m => DateOnly.FromDateTime(m.BookedAt.ToOffset(GenericProtocol.ProviderOffset).DateTime) == day).ToList();
        }

        using var text = new MemoryStream();
        foreach (var movement in Drifted(movements, day))
        {
            text.Write(Line(movement));
            text.WriteByte((byte)'\n');
        }

        return new GenericReply(200, GenericProtocol.StatementContentType, text.ToArray());
    }

    private IEnumerable<GenericMovement> Drifted(List<GenericMovement> movements, DateOnly day)
    {
        var settings = drift.Current;
        foreach (var movement in movements)
        {
            if (settings.DropKeys.Contains(movement.Key))
            {
                continue;
            }

            var changed = movement with { AmountFen = movement.AmountFen + settings.AmountDeltas.GetValueOrDefault(movement.Key) };
            yield return changed;
            if (movement.State == GenericStates.Ok && settings.DuplicateKeys.Contains(movement.Key))
            {
                yield return changed;
            }
        }

        var noon = new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), GenericProtocol.ProviderOffset);
        for (var i = 1; i <= settings.ExtraLines; i++)
        {
            var n = i.ToString("D4", CultureInfo.InvariantCulture);
            yield return new GenericMovement("extra-" + n, "GX" + day.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + n, 100, GenericStates.Ok, noon);
        }
    }

    private static byte[] Line(GenericMovement movement) => GenericJson.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("order_ref", movement.Key);
        w.WriteString("txn_id", movement.TxnId);
        w.WriteString("pay_amount", GenericAmount.Format(movement.AmountFen));
        w.WriteString("currency_code", GenericAmount.Currency);
        w.WriteString("state", movement.State);
        w.WriteString("booked_at", movement.BookedAt.ToOffset(GenericProtocol.ProviderOffset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        w.WriteString("fee", "0.00");
        w.WriteEndObject();
    });
}
