namespace AggregatedPayments.Payroll.DataSources;

/// <param name="IsPasswordSet">Whether a password is stored; the password itself is never shown.</param>
/// <param name="TlsCaCertificatePem">The CA certificate(s) the server's certificate is verified against; null when it is not verified.</param>
public sealed record PayrollDatabaseSourceDto(
    string Host,
    int Port,
    string Database,
    string User,
    bool IsPasswordSet,
    bool RequireTls,
    string ViewName,
    int StatementTimeoutSeconds,
    string? TlsCaCertificatePem);
