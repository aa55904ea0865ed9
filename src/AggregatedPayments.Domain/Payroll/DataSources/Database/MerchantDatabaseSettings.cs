namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// Where a merchant's database data source reads from, as structured fields and never as a connection
/// string, so that nothing the merchant types can add a connection option (a socket path, local file
/// loading, another server). <see cref="MerchantDatabaseSettingsRules.Validate"/> checks each field.
/// </summary>
/// <param name="ViewName">The view of the documented contract (docs/payroll-data-sources.md); the only object read.</param>
/// <param name="StatementTimeoutSeconds">How long the server may spend on one page of the view.</param>
/// <param name="TlsCaCertificatePem">
/// The merchant's CA certificate(s), PEM: when given, the server's certificate must chain to one of them and name
/// <paramref name="Host"/>, or nothing is sent; without it TLS encrypts but cannot tell the server from an impostor.
/// </param>
public sealed record MerchantDatabaseSettings(
    string Host,
    int Port,
    string Database,
    string User,
    string Password,
    bool RequireTls,
    string ViewName,
    int StatementTimeoutSeconds,
    string? TlsCaCertificatePem = null)
{
    /// <summary>Keeps the password out of logs and exception texts that format the settings.</summary>
    public override string ToString() =>
        $"{User}@{Host}:{Port}/{Database} view {ViewName} (TLS {(RequireTls ? "required" : "not required")}{(TlsCaCertificatePem is null ? "" : ", server certificate verified")}, statement timeout {StatementTimeoutSeconds} s)";
}
