using System.Globalization;
using System.Net;
using System.Net.Sockets;
using AggregatedPayments.Exceptions;
using AggregatedPayments.OutboundCalls;
using Microsoft.Extensions.Logging;
using MySqlConnector;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// Opens a connection to a merchant's database the way the outbound-call guard opens HTTP connections: the
/// host is resolved once, each address is checked against the policy (internal addresses only when an
/// administrator allowed the target), and the driver is given the checked address itself, so that no second
/// resolution can lead elsewhere. The session is made read-only before anything is read.
/// </summary>
public sealed class MerchantDatabaseConnector(
    OutboundAddressGuard guard,
    MerchantDatabaseReaderOptions options,
    ILogger<MerchantDatabaseConnector> logger)
{
    /// <summary>An open connection with a read-only session; the caller disposes it.</summary>
    /// <exception cref="PayrollSourceException">The settings, the address or the server refuse; the message carries no secret.</exception>
    public async Task<MySqlConnection> OpenAsync(MerchantDatabaseSettings settings, CancellationToken cancellationToken)
    {
        Check(settings);
        if (!settings.RequireTls)
        {
            logger.LogWarning("Merchant database {Host}:{Port} is read without requiring TLS, as its data source allows", settings.Host, settings.Port);
        }

        var addresses = await ResolveAsync(settings, cancellationToken);
        var certificateCheck = settings.TlsCaCertificatePem is { } pem
            ? new MerchantDatabaseServerCertificateCheck(MerchantDatabaseCaCertificates.Read(pem), settings.Host)
            : null;
        MySqlException? unreachable = null;
        foreach (var address in addresses)
        {
            var connection = new MySqlConnection(MerchantDatabaseConnectionString.Build(settings, address, options));
            if (certificateCheck is not null)
            {
                // Decided before the user name and password are sent: an impostor never sees them.
                connection.RemoteCertificateValidationCallback = certificateCheck.Validate;
            }

            try
            {
                await connection.OpenAsync(cancellationToken);
                await using var command = new MySqlCommand(MerchantDatabaseStatements.ReadOnlySession, connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
                return connection;
            }
            catch (MySqlException exception) when (certificateCheck?.Rejection is { } rejection)
            {
                await connection.DisposeAsync();
                throw MerchantDatabaseErrors.NotTrusted(settings, rejection, exception);
            }
            catch (MySqlException exception) when (MerchantDatabaseErrors.IsUnreachable(exception))
            {
                // A name may resolve to addresses the server does not listen on (IPv6 and IPv4): the next one may answer.
                await connection.DisposeAsync();
                unreachable = exception;
            }
            catch (MySqlException exception)
            {
                await connection.DisposeAsync();
                throw MerchantDatabaseErrors.Translate(exception, settings);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }

        throw MerchantDatabaseErrors.Translate(unreachable!, settings);
    }

    private static void Check(MerchantDatabaseSettings settings)
    {
        try
        {
            MerchantDatabaseSettingsRules.Validate(settings);
        }
        catch (InvalidInputException exception)
        {
            throw new PayrollSourceException("The data source's settings are not valid: " + string.Join(" ", exception.Errors.Select(e => e.Message)));
        }
    }

    private async Task<IPAddress[]> ResolveAsync(MerchantDatabaseSettings settings, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.ConnectTimeoutSeconds));
        try
        {
            return await guard.ResolveAllowedAsync(settings.Host, timeout.Token);
        }
        catch (OutboundCallException exception)
        {
            throw new PayrollSourceException(exception.Message);
        }
        catch (SocketException exception)
        {
            throw new PayrollSourceException($"The database host '{settings.Host}' could not be resolved ({exception.SocketErrorCode}).");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PayrollSourceException(
                $"Resolving the database host '{settings.Host}' took longer than {options.ConnectTimeoutSeconds.ToString(CultureInfo.InvariantCulture)} s.");
        }
    }
}
