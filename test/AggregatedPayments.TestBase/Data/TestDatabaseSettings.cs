using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace AggregatedPayments.Data;

/// <summary>
/// Which engine a test run uses: AP_TEST_DB=sqlite (default) or mysql, with AP_TEST_MYSQL holding a
/// server connection string (no database). Each instance gets a database of its own.
/// </summary>
public static class TestDatabaseSettings
{
    public static bool IsMySql => string.Equals(Environment.GetEnvironmentVariable("AP_TEST_DB"), "mysql", StringComparison.OrdinalIgnoreCase);

    public static string MySqlServer =>
        Environment.GetEnvironmentVariable("AP_TEST_MYSQL") ?? "Server=127.0.0.1;Port=3306;User ID=ap_test;Password=ap_test";

    public static Instance NewInstance()
    {
        var name = "ap_test_" + Guid.NewGuid().ToString("N")[..12];
        if (IsMySql)
        {
            var connection = new MySqlConnectionStringBuilder(MySqlServer) { Database = name }.ConnectionString;
            return new Instance(new Dictionary<string, string?>
            {
                ["Database:Provider"] = "MySql",
                ["ConnectionStrings:Default"] = connection
            }, () => DropMySqlAsync(name, connection));
        }

        var file = Path.Combine(Path.GetTempPath(), "aggregated-payments-tests", name + ".db");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        return new Instance(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["ConnectionStrings:Default"] = new SqliteConnectionStringBuilder { DataSource = file, DefaultTimeout = 60 }.ConnectionString
        }, () =>
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }

            return Task.CompletedTask;
        });
    }

    private static async Task DropMySqlAsync(string name, string databaseConnection)
    {
        // Idle pooled sessions of the dropped database would otherwise hold server connections for minutes.
        using (var pooled = new MySqlConnection(databaseConnection))
        {
            await MySqlConnection.ClearPoolAsync(pooled);
        }

        await using var connection = new MySqlConnection(MySqlServer);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS `{name}`";
        await command.ExecuteNonQueryAsync();
    }

    public sealed record Instance(Dictionary<string, string?> Configuration, Func<Task> DropAsync);
}
