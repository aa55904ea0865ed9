using Microsoft.Data.Sqlite;

namespace AggregatedPayments.EntityFrameworkCore;

public static class SqliteConnectionStrings
{
    /// <summary>
    /// Makes a relative data source absolute under <paramref name="baseDirectory"/>, so the embedded
    /// database is the same file whichever folder the host is started from.
    /// </summary>
    public static string AnchorDataSource(string connectionString, string baseDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.DataSource) || builder.DataSource == ":memory:" || Path.IsPathRooted(builder.DataSource))
        {
            return connectionString;
        }

        builder.DataSource = Path.GetFullPath(Path.Combine(baseDirectory, builder.DataSource));
        return builder.ConnectionString;
    }
}
