using System.Data.Common;
using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using MySqlConnector;

namespace AggregatedPayments.Benchmarks;

/// <summary>
/// The limit we measure ourselves against: the payroll item rows the run stored, read back and inserted with
/// plain ADO.NET into a scratch table of the same shape (columns and indexes) in the same database, in one
/// transaction — a prepared INSERT per row on SQLite, multi-row INSERTs on MariaDB. Only the inserts are timed.
/// </summary>
public static class RawInsertBaseline
{
    private const string Source = "PayrollItems";
    private const string Scratch = "BenchRawPayrollItems";
    private const int RowsPerMySqlStatement = 1000;

    /// <summary>Rows per second, and how many rows.</summary>
    public static async Task<(double RowsPerSecond, int Rows)> MeasureAsync(bool mySql, string connectionString, CancellationToken cancellationToken)
    {
        await using DbConnection connection = mySql ? new MySqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        var (columns, rows) = await ReadAsync(connection, cancellationToken);
        await CreateScratchAsync(connection, mySql, cancellationToken);
        try
        {
            var watch = Stopwatch.StartNew();
            await using (var transaction = await connection.BeginTransactionAsync(cancellationToken))
            {
                if (mySql)
                {
                    await InsertMultiRowAsync(connection, transaction, columns, rows, cancellationToken);
                }
                else
                {
                    await InsertPreparedAsync(connection, transaction, columns, rows, cancellationToken);
                }

                await transaction.CommitAsync(cancellationToken);
            }

            return (rows.Count / watch.Elapsed.TotalSeconds, rows.Count);
        }
        finally
        {
            await ExecuteAsync(connection, null, $"DROP TABLE {Quote(mySql, Scratch)}", cancellationToken);
        }
    }

    private static async Task<(string[] Columns, List<object[]> Rows)> ReadAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {Source}";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        var rows = new List<object[]>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
        }

        return (columns, rows);
    }

    /// <summary>MariaDB copies columns and indexes with LIKE; SQLite's own DDL of the table and its indexes is replayed under new names.</summary>
    private static async Task CreateScratchAsync(DbConnection connection, bool mySql, CancellationToken cancellationToken)
    {
        if (mySql)
        {
            await ExecuteAsync(connection, null, $"CREATE TABLE `{Scratch}` LIKE `{Source}`", cancellationToken);
            return;
        }

        var statements = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT sql FROM sqlite_master WHERE tbl_name = $table AND sql IS NOT NULL ORDER BY type DESC";
            command.Parameters.Add(new SqliteParameter("$table", Source));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                statements.Add(reader.GetString(0)
                    .Replace($"\"{Source}\"", $"\"{Scratch}\"", StringComparison.Ordinal)
                    .Replace("INDEX \"", $"INDEX \"{Scratch}_", StringComparison.Ordinal)
                    .Replace("CONSTRAINT \"", $"CONSTRAINT \"{Scratch}_", StringComparison.Ordinal));
            }
        }

        foreach (var statement in statements)
        {
            await ExecuteAsync(connection, null, statement, cancellationToken);
        }
    }

    private static async Task InsertPreparedAsync(DbConnection connection, DbTransaction transaction, string[] columns, List<object[]> rows, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO \"{Scratch}\" ({string.Join(", ", columns.Select(c => Quote(false, c)))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        var parameters = columns.Select((_, i) => new SqliteParameter("$p" + i, null)).ToArray();
        command.Parameters.AddRange(parameters);
        await command.PrepareAsync(cancellationToken);
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = row[i];
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task InsertMultiRowAsync(DbConnection connection, DbTransaction transaction, string[] columns, List<object[]> rows, CancellationToken cancellationToken)
    {
        var head = $"INSERT INTO `{Scratch}` ({string.Join(", ", columns.Select(c => Quote(true, c)))}) VALUES ";
        foreach (var chunk in rows.Chunk(RowsPerMySqlStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder(head);
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ",(");
                for (var c = 0; c < columns.Length; c++)
                {
                    var name = $"@p{r}_{c}";
                    sql.Append(c == 0 ? name : "," + name);
                    command.Parameters.Add(new MySqlParameter(name, chunk[r][c]));
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Quote(bool mySql, string name) => mySql ? $"`{name}`" : $"\"{name}\"";
}
