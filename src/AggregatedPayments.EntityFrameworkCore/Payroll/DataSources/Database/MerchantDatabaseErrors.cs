using System.Globalization;
using System.Security.Authentication;
using MySqlConnector;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// Turns what the driver and the server answer into a message that tells the clerk what to fix. The
/// messages are the platform's own texts built from the settings' names, never the password; the driver's
/// exception stays as the inner exception for the operators' log.
/// </summary>
internal static class MerchantDatabaseErrors
{
    // Server error numbers that MySqlErrorCode does not name: MariaDB's max_statement_time and MySQL's MAX_EXECUTION_TIME.
    private const int MariaDbStatementTimeout = 1969;
    private const int MySqlStatementTimeout = 3024;

    public static PayrollSourceException Translate(MySqlException exception, MerchantDatabaseSettings settings)
    {
        var where = $"'{settings.Host}:{settings.Port.ToString(CultureInfo.InvariantCulture)}'";
        var message = (MySqlErrorCode)exception.Number switch
        {
            _ when IsTimeout(exception) =>
                $"Reading the view '{settings.ViewName}' took longer than the statement timeout of {settings.StatementTimeoutSeconds.ToString(CultureInfo.InvariantCulture)} s; make the view faster or allow more time.",
            _ when IsTlsRefused(exception, settings) =>
                $"The database server at {where} did not accept a TLS connection, and the data source requires TLS. Turn TLS on in the server (ssl_cert, ssl_key).",
            MySqlErrorCode.AccessDenied => settings.RequireTls
                ? $"The database server at {where} refused the user name or password of user '{settings.User}'."
                : $"The database server at {where} refused user '{settings.User}': the user name or password is wrong, or the user may connect only over TLS.",
            MySqlErrorCode.DatabaseAccessDenied => $"User '{settings.User}' may not use database '{settings.Database}'.",
            MySqlErrorCode.UnknownDatabase => $"Database '{settings.Database}' does not exist on the server at {where}.",
            MySqlErrorCode.NoSuchTable => $"The view '{settings.ViewName}' does not exist in database '{settings.Database}', or user '{settings.User}' cannot see it.",
            MySqlErrorCode.TableAccessDenied or MySqlErrorCode.ColumnAccessDenied =>
                $"User '{settings.User}' may not read the view '{settings.ViewName}': grant it SELECT on the view.",
            MySqlErrorCode.BadFieldError => $"The view '{settings.ViewName}' does not have the columns of the contract: {exception.Message}",
            MySqlErrorCode.UnableToConnectToHost => $"Could not connect to the database server at {where}: {ConnectFailure(exception)}",
            _ => $"The database server at {where} answered with error {exception.Number.ToString(CultureInfo.InvariantCulture)}: {exception.Message}"
        };
        return new PayrollSourceException(message, exception);
    }

    public static PayrollSourceException NotTrusted(MerchantDatabaseSettings settings, string rejection, MySqlException exception) =>
        new($"The database server at '{settings.Host}:{settings.Port.ToString(CultureInfo.InvariantCulture)}' is not the one the data source trusts, so nothing was sent to it: {rejection}", exception);

    public static PayrollSourceException MissingColumns(MerchantDatabaseSettings settings, IReadOnlyList<string> missing) =>
        new($"The view '{settings.ViewName}' lacks the contract's column(s) {string.Join(", ", missing)}; see the data source documentation for the columns it must have.");

    public static PayrollSourceException DuplicateReference(MerchantDatabaseSettings settings, object reference) =>
        new($"The view '{settings.ViewName}' has merchant_reference '{Convert.ToString(reference, CultureInfo.InvariantCulture)}' more than once (as the view's collation compares); each row needs a reference of its own.");

    public static PayrollSourceException TooManyWithoutReference(MerchantDatabaseSettings settings, int pageSize) =>
        new($"The view '{settings.ViewName}' has more than {pageSize.ToString(CultureInfo.InvariantCulture)} rows without a merchant_reference; give every row one.");

    private static bool IsTimeout(MySqlException exception) =>
        exception.ErrorCode is MySqlErrorCode.CommandTimeoutExpired
        || exception.Number is MariaDbStatementTimeout or MySqlStatementTimeout;

    /// <summary>Nothing answered at the address (refused, unreachable, timed out): another address of the host may.</summary>
    public static bool IsUnreachable(MySqlException exception) =>
        exception.ErrorCode == MySqlErrorCode.UnableToConnectToHost && !IsTlsFailure(exception);

    private static bool IsTlsRefused(MySqlException exception, MerchantDatabaseSettings settings) =>
        settings.RequireTls && exception.ErrorCode == MySqlErrorCode.UnableToConnectToHost && IsTlsFailure(exception);

    // The driver says "Server does not support SSL connections", or the handshake itself failed.
    private static bool IsTlsFailure(MySqlException exception) =>
        exception.Message.Contains("SSL", StringComparison.OrdinalIgnoreCase) || exception.InnerException is AuthenticationException;

    private static string ConnectFailure(MySqlException exception) =>
        exception.InnerException is AuthenticationException ? "the TLS handshake failed." : exception.Message;
}
