using System.Globalization;
using System.Text.Json.Nodes;
using AggregatedPayments.ChannelSimulator.Admin;
using Microsoft.Extensions.Options;

namespace AggregatedPayments.ChannelSimulator.Alipay;

/// <summary>The simulated payer account: its balance and the transfers made from it, by out_biz_no.</summary>
public sealed class AlipayLedger : ISimulatorState
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, AlipayTransfer> transfers = new(StringComparer.Ordinal);
    private readonly long initialBalanceFen;
    private long orderSequence;

    public AlipayLedger(IOptions<AlipaySimulatorOptions> options)
    {
        if (!TryParseYuan(options.Value.InitialBalance, out initialBalanceFen))
        {
            throw new InvalidOperationException("Alipay:InitialBalance is not a yuan amount.");
        }

        AvailableFen = initialBalanceFen;
    }

    public long AvailableFen { get; private set; }

    /// <summary>Held for the callers that must decide and pay as one step (check, debit, record).</summary>
    public Lock Gate => gate;

    public AlipayTransfer? Find(string outBizNo)
    {
        lock (gate)
        {
            return transfers.GetValueOrDefault(outBizNo);
        }
    }

    /// <summary>Call with <see cref="Gate"/> held, after checking the balance.</summary>
    public void Record(AlipayTransfer transfer)
    {
        AvailableFen -= transfer.AmountFen;
        transfers.Add(transfer.OutBizNo, transfer);
    }

    public string NextOrderId(DateTimeOffset now) =>
        now.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "1100300" + Interlocked.Increment(ref orderSequence).ToString("D9", CultureInfo.InvariantCulture);

    public void Reset()
    {
        lock (gate)
        {
            transfers.Clear();
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
}
