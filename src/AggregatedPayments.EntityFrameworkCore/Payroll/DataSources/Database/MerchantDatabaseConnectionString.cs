using System.Net;
using MySqlConnector;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// The connection string, built only from checked fields through <see cref="MySqlConnectionStringBuilder"/>, so
/// that no field can add an option. It names the address the guard checked, never the host name, so the
/// driver has nothing left to resolve.
/// </summary>
public static class MerchantDatabaseConnectionString
{
    public static string Build(MerchantDatabaseSettings settings, IPAddress address, MerchantDatabaseReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(options);
        return new MySqlConnectionStringBuilder
        {
            Server = address.ToString(),
            Port = checked((uint)settings.Port),
            ConnectionProtocol = MySqlConnectionProtocol.Sockets,
            Database = settings.Database,
            UserID = settings.User,
            Password = settings.Password,

            // Required encrypts; the server's certificate is verified when the data source names the merchant's CA
            // (MerchantDatabaseServerCertificateCheck, the driver's callback, which it calls in this mode).
            // Preferred still encrypts when the server offers TLS; a merchant chooses it knowingly (the reader logs it).
            SslMode = settings.RequireTls ? MySqlSslMode.Required : MySqlSslMode.Preferred,
            ConnectionTimeout = checked((uint)options.ConnectTimeoutSeconds),

            // The server's own limit ends a slow page first; this is the backstop for a server that ignores it.
            DefaultCommandTimeout = checked((uint)(settings.StatementTimeoutSeconds + 5)),

            // The server could otherwise ask for files of ours, or send us to another host past the guard.
            AllowLoadLocalInfile = false,
            ServerRedirectionMode = MySqlServerRedirectionMode.Disabled,
            AllowUserVariables = false,

            // Without TLS, the password is never sent to a server that asks for its public key to encrypt it.
            AllowPublicKeyRetrieval = false,

            // One connection serves a whole pull, so pooling saves little; a pooled connection would outlive the
            // address check it was opened under and keep the merchant's credentials in memory between pulls.
            Pooling = false,
            AutoEnlist = false,
            ApplicationName = "AggregatedPayments payroll pull"
        }.ConnectionString;
    }
}
