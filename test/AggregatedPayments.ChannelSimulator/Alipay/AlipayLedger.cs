using System.Globalization;
using System.Text.Json.Nodes;
using AggregatedPayments.ChannelSimulator.Admin;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>
/// The simulated payer account: its balance, the transfers made from it by out_biz_no, and every
/// money movement in order (the account ledger the bill files are cut from).
/// </summary>
public sealed class AlipayLedger : ISimulatorState
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, AlipayTransfer> transfers = new(StringComparer.Ordinal);
    private readonly List<AlipayMovement> movements = [];
    private readonly long initialBalanceFen;
    private long orderSequence;
    private long accountLogSequence;

    public AlipayLedger(IOptions<AlipaySimulatorOptions> options)
    {
        if (!TryParseYuan(options.Value.InitialBalance, out initialBalanceFen))
        {
            throw new InvalidOperationException("Alipay:InitialBalance is not a yuan amount.");
        }

        AvailableFen = initialBalanceFen;
    }

    public long AvailableFen { get; private set; }

    /// <summary>Held by the callers that must decide and change as one step (check, debit, record).</summary>
    public Lock Gate => gate;

    public AlipayTransfer? Find(string outBizNo)
    {
        lock (gate)
        {
            return transfers.GetValueOrDefault(outBizNo);
        }
    }

    /// <summary>Call with <see cref="Gate"/> held, after checking the balance: records the transfer and debits it.</summary>
    public void Accept(AlipayTransfer transfer)
    {
        transfers.Add(transfer.OutBizNo, transfer);
        Move(transfer, transfer.AcceptedAt, -transfer.AmountFen, "转账", transfer.IsBankCard ? "转账到银行卡" : "转账到支付宝账户");
    }

    /// <summary>Call with <see cref="Gate"/> held: a new state of a known transfer; <paramref name="refundFen"/> comes back to the account.</summary>
    public void Change(AlipayTransfer transfer, long refundFen, string bizType, string remark)
    {
        transfers[transfer.OutBizNo] = transfer;
        if (refundFen > 0)
        {
            Move(transfer, transfer.PayDate ?? transfer.AcceptedAt, refundFen, bizType, remark);
        }
    }

    public IReadOnlyList<AlipayMovement> Movements()
    {
        lock (gate)
        {
            return movements.ToList();
        }
    }

    public string NextOrderId(DateTimeOffset now) =>
        now.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "1100300" + Interlocked.Increment(ref orderSequence).ToString("D9", CultureInfo.InvariantCulture);

    public void Reset()
    {
        lock (gate)
        {
            transfers.Clear();
            movements.Clear();
            AvailableFen = initialBalanceFen;
        }
    }

    /// <summary>Yuan with at most two decimals, as Alipay writes amounts ("0.1", "10.00").</summary>
    public static bool TryParseYuan(string? text, out long fen)
    {
        fen = 0;
        if (string.IsNullOrEmpty(text)
            || !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)
            || decimal.Round(yuan, 2) != yuan)
        {
            return false;
        }

        fen = (long)(yuan * 100);
        return true;
    }

    public static string FormatYuan(long fen) =>
        (fen / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    public static JsonNode? ParseObject(string? json)
    {
        try
        {
            return json is null ? null : JsonNode.Parse(json) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    private void Move(AlipayTransfer transfer, DateTimeOffset at, long signedFen, string bizType, string remark)
    {
        AvailableFen += signedFen;
        var accountLogId = at.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            + "2000" + Interlocked.Increment(ref accountLogSequence).ToString("D10", CultureInfo.InvariantCulture);
        movements.Add(new AlipayMovement(
            accountLogId,
            transfer.OrderId,
            transfer.OutBizNo,
            transfer.Title,
            at,
            transfer.PayeeIdentity,
            signedFen > 0 ? signedFen : 0,
            signedFen < 0 ? -signedFen : 0,
            AvailableFen,
            bizType,
            remark));
    }
}
