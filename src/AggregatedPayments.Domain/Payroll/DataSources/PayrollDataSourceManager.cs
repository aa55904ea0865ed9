using AggregatedPayments.Data;
using AggregatedPayments.Encryption;
using AggregatedPayments.Exceptions;
using AggregatedPayments.OutboundCalls;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// Creates and changes a merchant's data sources, inside its tenant: a unique name, an address the
/// outbound-call guard accepts (checked again, on the resolved address, at every connection), sound
/// database fields, and the password encrypted — an edit that leaves it empty keeps the stored one.
/// The caller saves.
/// </summary>
public sealed class PayrollDataSourceManager(
    IRepository<PayrollDataSource> sources,
    IAsyncQueryExecuter executer,
    OutboundAddressValidator addresses,
    OutboundAddressPolicy policy,
    IEncryptionService encryption)
{
    public async Task<PayrollDataSource> CreateAsync(Guid tenantId, PayrollDataSourceDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var source = new PayrollDataSource(Guid.NewGuid(), tenantId, definition.Kind);
        await ApplyAsync(source, definition, cancellationToken);
        await sources.InsertAsync(source, cancellationToken);
        return source;
    }

    /// <summary>Changes everything but the kind, which a definition of the other kind does not change.</summary>
    public Task UpdateAsync(PayrollDataSource source, PayrollDataSourceDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Kind != source.Kind)
        {
            throw new InvalidInputException(nameof(definition.Kind), "The kind of a data source does not change: create another source.");
        }

        return ApplyAsync(source, definition, cancellationToken);
    }

    private async Task ApplyAsync(PayrollDataSource source, PayrollDataSourceDefinition definition, CancellationToken cancellationToken)
    {
        var name = definition.Name?.Trim() ?? "";
        if (name.Length == 0 || name.Length > PayrollDataSourceConsts.MaxNameLength || name.Any(char.IsControl))
        {
            throw new InvalidInputException(nameof(definition.Name), $"The name is required and at most {PayrollDataSourceConsts.MaxNameLength} characters long.");
        }

        if (await executer.AnyAsync(sources.QueryNoTracking().Where(s => s.Name == name && s.Id != source.Id), cancellationToken))
        {
            throw new ConflictException(PayrollDataSourcesErrorCodes.NameInUse).WithData("name", name);
        }

        source.Rename(name);
        source.SetEnabled(definition.IsEnabled);
        if (source.Kind == PayrollDataSourceKind.Http)
        {
            var http = definition.Http ?? throw new InvalidInputException(nameof(definition.Http), "An HTTP source needs its address.");
            source.SetHttp(ValidateUrl(http.Url), ValidatePageSize(http.PageSize));
        }
        else
        {
            var database = definition.Database ?? throw new InvalidInputException(nameof(definition.Database), "A database source needs its connection fields.");
            await SetDatabaseAsync(source, database, cancellationToken);
        }
    }

    private Uri ValidateUrl(string? url)
    {
        if (url is null || url.Length > PayrollDataSourceConsts.MaxUrlLength)
        {
            throw new InvalidInputException("Http.Url", $"The address is required and at most {PayrollDataSourceConsts.MaxUrlLength} characters long.");
        }

        var uri = addresses.ValidateUrl(url);
        if (uri.Fragment.Length > 0)
        {
            throw new InvalidInputException("Http.Url", "The address has no fragment ('#…'): it would never reach the server.");
        }

        // Plain http would carry the merchant's pending payouts in the clear across networks nobody here controls.
        if (uri.Scheme != Uri.UriSchemeHttps && !policy.IsListed(OutboundUrl.HostOf(uri)))
        {
            throw new BusinessException(PayrollDataSourcesErrorCodes.HttpsRequired);
        }

        return uri;
    }

    private static int ValidatePageSize(int? pageSize)
    {
        var size = pageSize ?? PayrollDataSourceConsts.DefaultPageSize;
        return size is >= PayrollDataSourceConsts.MinPageSize and <= PayrollDataSourceConsts.MaxPageSize
            ? size
            : throw new InvalidInputException("Http.PageSize", $"The page size is {PayrollDataSourceConsts.MinPageSize} to {PayrollDataSourceConsts.MaxPageSize} items.");
    }

    private async Task SetDatabaseAsync(PayrollDataSource source, MerchantDatabaseSettings settings, CancellationToken cancellationToken)
    {
        MerchantDatabaseSettingsRules.Validate(settings);
        addresses.ValidateHost(settings.Host);
        var keepPassword = settings.Password.Length == 0;

        // Whoever may edit the source must not be able to send the stored password to a server of their choosing, or in the clear.
        if (keepPassword && source.HasDatabasePassword && !SameServer(source, settings))
        {
            throw new InvalidInputException(
                "Database.Password", "Give the password again when the host, port or user changes, TLS is no longer required or the CA certificate changes: the stored one is never sent anywhere new.");
        }

        var ciphertext = keepPassword
            ? source.DatabasePasswordCiphertext
            : await encryption.EncryptAsync(settings.Password, source.PasswordPurpose, cancellationToken);
        source.SetDatabase(settings, ciphertext);
    }

    private static bool SameServer(PayrollDataSource source, MerchantDatabaseSettings settings) =>
        string.Equals(source.DatabaseHost, settings.Host, StringComparison.OrdinalIgnoreCase)
        && source.DatabasePort == settings.Port
        && string.Equals(source.DatabaseUser, settings.User, StringComparison.Ordinal)
        && (settings.RequireTls || !source.DatabaseRequireTls)
        && (source.DatabaseTlsCaCertificatePem is null || string.Equals(source.DatabaseTlsCaCertificatePem, settings.TlsCaCertificatePem, StringComparison.Ordinal));
}
