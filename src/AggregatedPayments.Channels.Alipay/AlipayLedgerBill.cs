using System.IO.Compression;

namespace AggregatedPayments.Channels.Alipay;

/// <summary>
/// Reads the signcustomer bill (a zip of GBK CSV files) into statement lines. Pure: bytes in,
/// lines out. The account-ledger (账务明细) layout is our best reading of published descriptions,
/// not confirmed by an official sample, so the table is found by its column names in whichever
/// file holds it (the summary file in the same zip does not), columns are read by name, and cells
/// are trimmed of the tabs Alipay appends to long numbers. Amounts are converted exactly; a cell
/// that is not a yuan amount refuses the whole file rather than reconcile against a guess.
/// </summary>
public static class AlipayLedgerBill
{
    public const string AccountLogNo = "账务流水号";
    public const string BusinessNo = "业务流水号";
    public const string MerchantOrderNo = "商户订单号";
    public const string OccurredAt = "发生时间";
    public const string Income = "收入金额（+元）";
    public const string Expense = "支出金额（-元）";

    private static readonly string[] Required = [AccountLogNo, BusinessNo, MerchantOrderNo, OccurredAt, Income, Expense];

    /// <summary>
    /// Every movement of the file: a debit (支出) is a payout that left the account, listed as
    /// <see cref="ChannelPayoutState.Succeeded"/>; a credit (收入) is money that came back (a
    /// bank-card transfer failed or returned by the bank), listed as <see cref="ChannelPayoutState.Returned"/>.
    /// </summary>
    public static IReadOnlyList<StatementLine> Parse(byte[] zip)
    {
        ArgumentNullException.ThrowIfNull(zip);
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(zip, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw new AlipayStatementException("The bill is not a zip archive.");
        }

        var lines = new List<StatementLine>();
        var tables = 0;
        using (archive)
        {
            foreach (var entry in archive.Entries.Where(e => e.FullName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
            {
                var text = Decode(entry);
                if (ReadTable(text, entry.FullName, lines))
                {
                    tables++;
                }
            }
        }

        return tables > 0 ? lines : throw new AlipayStatementException("No file in the bill holds the account-ledger table.");
    }

    private static string Decode(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        try
        {
            return AlipayGbk.Strict.GetString(buffer.ToArray());
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new AlipayStatementException($"The bill file '{entry.FullName}' is not valid GBK text.");
        }
    }

    /// <returns>Whether the text held the ledger table.</returns>
    private static bool ReadTable(string text, string file, List<StatementLine> into)
    {
        var rows = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var headerAt = Array.FindIndex(rows, r => !r.StartsWith('#') && IsHeader(AlipayCsv.SplitLine(r)));
        if (headerAt < 0)
        {
            return false;
        }

        var header = AlipayCsv.SplitLine(rows[headerAt])!.Select(h => h.Trim()).ToList();
        var column = Required.ToDictionary(name => name, name => header.IndexOf(name));
        for (var i = headerAt + 1; i < rows.Length && !rows[i].StartsWith('#'); i++)
        {
            if (rows[i].Trim().Length == 0)
            {
                continue;
            }

            var cells = AlipayCsv.SplitLine(rows[i]);
            if (cells is null || cells.Count < header.Count)
            {
                throw new AlipayStatementException($"{file} line {i + 1}: the row does not have the header's columns.");
            }

            if (Line(cells.Select(c => c.Trim()).ToList(), column, $"{file} line {i + 1}") is { } line)
            {
                into.Add(line);
            }
        }

        return true;
    }

    private static bool IsHeader(List<string>? cells) =>
        cells is not null && Required.All(name => cells.Any(c => c.Trim() == name));

    private static StatementLine? Line(List<string> cells, Dictionary<string, int> column, string where)
    {
        var income = Amount(cells[column[Income]], '+', where, Income);
        var expense = Amount(cells[column[Expense]], '-', where, Expense);
        if (income > 0 && expense > 0)
        {
            throw new AlipayStatementException($"{where}: a movement is either income or expense, not both.");
        }

        // A movement of nothing (a zero-fee line) has nothing to reconcile.
        if (income == 0 && expense == 0)
        {
            return null;
        }

        if (!AlipayBeijingTime.TryParse(cells[column[OccurredAt]], out var occurredAt))
        {
            throw new AlipayStatementException($"{where}: {OccurredAt} is not yyyy-MM-dd HH:mm:ss.");
        }

        var key = cells[column[MerchantOrderNo]];
        var reference = cells[column[BusinessNo]] is { Length: > 0 } business ? business : cells[column[AccountLogNo]];
        return new StatementLine(
            key.Length > 0 ? key : null,
            reference.Length > 0 ? reference : null,
            AlipayCny.FromFen(expense > 0 ? expense : income),
            expense > 0 ? ChannelPayoutState.Succeeded : ChannelPayoutState.Returned,
            occurredAt.UtcDateTime,
            null);
    }

    /// <summary>
    /// A yuan cell: empty means nothing moved; otherwise the canonical two-decimal form, optionally
    /// signed with the column's own sign (the header's "+元"/"-元"). The opposite sign is refused.
    /// </summary>
    private static long Amount(string cell, char columnSign, string where, string name)
    {
        if (cell.Length == 0)
        {
            return 0;
        }

        var unsigned = cell[0] == columnSign ? cell[1..] : cell;
        return AlipayAmount.TryParseYuan(unsigned, out var fen)
            ? fen
            : throw new AlipayStatementException($"{where}: {name} is not a yuan amount.");
    }
}
