using System.Runtime.CompilerServices;
using AggregatedPayments.Encryption;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>Reads a stored data source, whichever its kind; the database password is decrypted only for the reader's connection.</summary>
public sealed class PayrollDataSourceReader(HttpPayrollSourceReader http, IMerchantDatabaseReader database, IEncryptionService encryption)
{
    /// <exception cref="PayrollSourceException">While enumerating, when the source cannot be read any further.</exception>
    public IAsyncEnumerable<PayrollItemInput> ReadAsync(PayrollDataSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Kind == PayrollDataSourceKind.Http
            ? http.ReadAsync(MerchantOf(source), new Uri(source.Url!), source.PageSize, cancellationToken)
            : ReadDatabaseAsync(source, cancellationToken);
    }

    /// <summary>Reads nothing in: one item of an HTTP source, the view's columns of a database source.</summary>
    /// <returns>A sentence for the clerk.</returns>
    /// <exception cref="PayrollSourceException">With what to fix.</exception>
    public async Task<string> TestAsync(PayrollDataSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Kind == PayrollDataSourceKind.Http)
        {
            return await http.TestAsync(MerchantOf(source), new Uri(source.Url!), cancellationToken);
        }

        await database.TestAsync(await DatabaseSettingsAsync(source, cancellationToken), cancellationToken);
        return $"The database answered, and its view {source.DatabaseViewName} has the contract's columns.";
    }

    private async IAsyncEnumerable<PayrollItemInput> ReadDatabaseAsync(PayrollDataSource source, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var settings = await DatabaseSettingsAsync(source, cancellationToken);
        await foreach (var item in database.ReadAsync(settings, cancellationToken).WithCancellation(cancellationToken))
        {
            yield return item;
        }
    }

    private async Task<MerchantDatabaseSettings> DatabaseSettingsAsync(PayrollDataSource source, CancellationToken cancellationToken)
    {
        var password = source.DatabasePasswordCiphertext is { } ciphertext
            ? await encryption.DecryptAsync(ciphertext, source.PasswordPurpose, cancellationToken)
            : "";
        return source.DatabaseSettings(password);
    }

    private static Guid MerchantOf(PayrollDataSource source) =>
        source.TenantId ?? throw new InvalidOperationException("A data source belongs to a merchant.");
}
