namespace AggregatedPayments.Payroll.DataSources;

/// <summary>Structured fields, never a connection string.</summary>
public sealed class PayrollDatabaseSourceInputDto
{
    /// <summary>A DNS name or an IP address, without port.</summary>
    public string? Host { get; set; }

    /// <summary>3306 when left out.</summary>
    public int? Port { get; set; }

    public string? Database { get; set; }

    public string? User { get; set; }

    /// <summary>Empty or left out on an edit: the stored password stays (give it again when the host, port or user changes).</summary>
    public string? Password { get; set; }

    public bool RequireTls { get; set; } = true;

    public string? ViewName { get; set; }

    /// <summary>30 when left out.</summary>
    public int? StatementTimeoutSeconds { get; set; }
}
