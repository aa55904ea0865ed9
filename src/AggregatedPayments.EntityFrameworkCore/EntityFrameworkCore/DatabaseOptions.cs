namespace AggregatedPayments.EntityFrameworkCore;

/// <summary>Bound from the "Database" section; the connection string is ConnectionStrings:Default.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For MySQL/MariaDB: the server version, e.g. "10.11.0-mariadb" or "8.0.36-mysql". Named, not detected, so start-up needs no round trip.</summary>
    public string ServerVersion { get; set; } = "10.11.0-mariadb";
}
