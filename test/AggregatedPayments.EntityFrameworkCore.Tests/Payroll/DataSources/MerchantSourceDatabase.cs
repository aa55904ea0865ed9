using System.Globalization;
using AggregatedPayments.Data;
using AggregatedPayments.OutboundCalls;
using Microsoft.Extensions.Logging.Abstractions;
using MySqlConnector;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// A merchant's own database on the test MariaDB, whichever engine the platform's tests run on: a schema of its
/// own with a payroll table and the contract's view, read through the read-only, TLS-only account that
/// etc/scripts/ensure-mariadb.sh provides. Dropped at the end.
/// </summary>
internal sealed class MerchantSourceDatabase : IAsyncDisposable
{
    /// <summary>SELECT on ap_test_* databases only, and only over TLS (etc/scripts/ensure-mariadb.sh).</summary>
    public const string ReaderUser = "ap_test_reader";
    public const string ReaderPassword = "ap_test_reader";
    public const string View = "ap_payroll_pending";

    /// <summary>The CA that issued the test server's certificate (for 127.0.0.1 and localhost), made by etc/scripts/ensure-mariadb.sh.</summary>
    public const string ServerCaPath = "/etc/mysql/ap-test-tls/ca.pem";

    private static readonly MySqlConnectionStringBuilder Server = new(TestDatabaseSettings.MySqlServer);

    private MerchantSourceDatabase(string name) => Name = name;

    public string Name { get; }

    public static string Host => Server.Server;

    public static int Port => (int)Server.Port;

    /// <summary>The test server's administrative account: may write, so that only the session can stop a write.</summary>
    public static string WriterUser => Server.UserID;

    public static string WriterPassword => Server.Password;

    /// <summary>A schema with <paramref name="rows"/> valid payroll lines, inserted out of reference order, and the contract's view over them.</summary>
    public static async Task<MerchantSourceDatabase> CreateAsync(int rows)
    {
        var database = new MerchantSourceDatabase("ap_test_src_" + Guid.NewGuid().ToString("N")[..12]);
        await using (var connection = await OpenAdminAsync(null))
        await using (var command = new MySqlCommand($"CREATE DATABASE `{database.Name}` CHARACTER SET utf8mb4", connection))
        {
            await command.ExecuteNonQueryAsync();
        }

        await database.ExecuteAsync(
            """
            CREATE TABLE payroll_line (
              id BIGINT AUTO_INCREMENT PRIMARY KEY,
              reference VARCHAR(64) COLLATE utf8mb4_bin NOT NULL UNIQUE,
              employee_name VARCHAR(128) NOT NULL,
              card_no VARCHAR(32) NOT NULL,
              bank VARCHAR(16) NOT NULL,
              net_pay_fen BIGINT NOT NULL,
              currency CHAR(3) NOT NULL,
              memo VARCHAR(200) NULL,
              paid TINYINT NOT NULL DEFAULT 0)
            """);
        await database.ExecuteAsync(
            $"""
            CREATE VIEW {View} AS
            SELECT reference AS merchant_reference, employee_name AS payee_name, card_no AS account_number,
                   'BankCard' AS account_type, bank AS bank_code, net_pay_fen AS amount_minor, currency,
                   'Salary' AS purpose, memo AS remark
            FROM payroll_line WHERE paid = 0
            """);
        for (var start = 0; start < rows; start += 500)
        {
            // Inserted in a scrambled order, so that reading in reference order is something the reader does.
            var numbers = Enumerable.Range(start + 1, Math.Min(500, rows - start)).OrderBy(n => (n * 37) % 101).ToList();
            await database.ExecuteAsync(
                "INSERT INTO payroll_line (reference, employee_name, card_no, bank, net_pay_fen, currency, memo) VALUES "
                + string.Join(", ", numbers.Select(n => string.Create(CultureInfo.InvariantCulture,
                    $"('PAY-{n:D6}', 'Payee {n}', '{TestCardNumbers.Valid(n)}', 'ICBC', {Amount(n)}, 'CNY', 'March {n}')"))));
        }

        return database;
    }

    /// <summary>The amount the row numbered <paramref name="number"/> carries, in fen.</summary>
    public static long Amount(int number) => 1000_00 + number;

    public MerchantDatabaseSettings Settings(string? view = null, int timeoutSeconds = 10) =>
        new(Host, Port, Name, ReaderUser, ReaderPassword, RequireTls: true, view ?? View, timeoutSeconds);

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAdminAsync(Name);
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A reader whose guard allows only what <paramref name="allowedTargets"/> names, as an administrator would configure it.</summary>
    public static MerchantDatabaseReader Reader(int pageSize = 1000, IOutboundDnsResolver? resolver = null, params string[] allowedTargets)
    {
        var options = new MerchantDatabaseReaderOptions { PageSize = pageSize };
        return new MerchantDatabaseReader(Connector(options, resolver, allowedTargets), options);
    }

    public static MerchantDatabaseConnector Connector(MerchantDatabaseReaderOptions options, IOutboundDnsResolver? resolver, params string[] allowedTargets)
    {
        var guard = new OutboundAddressGuard(
            OutboundAddressPolicy.Create(allowedTargets), resolver ?? new SystemOutboundDnsResolver(), NullLogger<OutboundAddressGuard>.Instance);
        return new MerchantDatabaseConnector(guard, options, NullLogger<MerchantDatabaseConnector>.Instance);
    }

    /// <summary>What the tests allow by default: the test server's own address.</summary>
    public static string[] TestServerAllowed => [Host];

    public async ValueTask DisposeAsync()
    {
        await using var connection = await OpenAdminAsync(null);
        await using var command = new MySqlCommand($"DROP DATABASE IF EXISTS `{Name}`", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<MySqlConnection> OpenAdminAsync(string? database)
    {
        var connection = new MySqlConnection(new MySqlConnectionStringBuilder(Server.ConnectionString) { Database = database ?? "", Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }
}
