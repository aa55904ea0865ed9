using System.Globalization;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// The only SQL the reader sends to a merchant's server. The view's name is checked to be a plain identifier
/// before it is put between backticks; every value is a parameter. Each read carries the engine's own time
/// limit, so the server stops the statement itself instead of working on after the client gave up.
/// </summary>
internal static class MerchantDatabaseStatements
{
    public const string AfterParameter = "@after";
    public const string PageParameter = "@page";

    /// <summary>Makes every later transaction of the session read-only: a write through this connection fails, whatever the user's grants.</summary>
    public const string ReadOnlySession = "SET SESSION TRANSACTION READ ONLY";

    private static readonly string SelectList = string.Join(", ", MerchantDatabaseViewContract.Columns.Select(c => "`" + c + "`"));

    public static MerchantDatabaseServerKind KindOf(string serverVersion) =>
        serverVersion.Contains("MariaDB", StringComparison.OrdinalIgnoreCase) ? MerchantDatabaseServerKind.MariaDb : MerchantDatabaseServerKind.MySql;

    /// <summary>No row, only the view's columns: what the connection test and the contract check read.</summary>
    public static string Columns(MerchantDatabaseServerKind kind, MerchantDatabaseSettings settings) =>
        Limited(kind, settings.StatementTimeoutSeconds, $"* FROM {View(settings)} LIMIT 0");

    /// <summary>
    /// One page in merchant_reference order. After the first page the row equal to the last reference read is
    /// selected again and flagged, so that a second row with that reference — which keyset paging would skip
    /// without a word — shows instead.
    /// </summary>
    public static string Page(MerchantDatabaseServerKind kind, MerchantDatabaseSettings settings, bool first)
    {
        var reference = "`" + MerchantDatabaseViewContract.MerchantReference + "`";
        var body = first
            ? $"{SelectList}, 0 FROM {View(settings)} ORDER BY {reference} LIMIT {PageParameter}"
            : $"{SelectList}, {reference} = {AfterParameter} FROM {View(settings)} WHERE {reference} >= {AfterParameter} ORDER BY {reference} LIMIT {PageParameter}";
        return Limited(kind, settings.StatementTimeoutSeconds, body);
    }

    private static string Limited(MerchantDatabaseServerKind kind, int seconds, string selectBody) => kind == MerchantDatabaseServerKind.MariaDb
        ? $"SET STATEMENT max_statement_time={seconds.ToString(CultureInfo.InvariantCulture)} FOR SELECT {selectBody}"
        : $"SELECT /*+ MAX_EXECUTION_TIME({(seconds * 1000).ToString(CultureInfo.InvariantCulture)}) */ {selectBody}";

    private static string View(MerchantDatabaseSettings settings) =>
        MerchantDatabaseSettingsRules.IsIdentifier(settings.ViewName)
            ? "`" + settings.ViewName + "`"
            : throw new ArgumentException("The view name is not a plain identifier.", nameof(settings));
}
