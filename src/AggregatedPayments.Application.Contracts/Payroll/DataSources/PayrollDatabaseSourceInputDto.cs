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

    /// <summary>
    /// The CA certificate(s) that issued the server's certificate, PEM. When given, the server must present a certificate
    /// chaining to one of them and naming <see cref="Host"/>; left out, TLS encrypts without knowing who answers.
    /// </summary>
    public string? TlsCaCertificatePem { get; set; }

    public string? ViewName { get; set; }

    /// <summary>30 when left out.</summary>
    public int? StatementTimeoutSeconds { get; set; }
}
