using AggregatedPayments.AuditLogging;
using AggregatedPayments.Entities;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// Where a merchant's pending payouts are pulled from: its own server answering the HTTP contract, or a
/// view of its own database. Changed through <see cref="PayrollDataSourceManager"/>, which checks every
/// field; the database password is kept only as ciphertext bound to this source and is never shown.
/// </summary>
[Audited]
public sealed class PayrollDataSource : AggregateRoot, IMultiTenant
{
    private PayrollDataSource()
    {
    }

    internal PayrollDataSource(Guid id, Guid tenantId, PayrollDataSourceKind kind)
        : base(id)
    {
        TenantId = tenantId;
        Kind = kind;
        PageSize = PayrollDataSourceConsts.DefaultPageSize;
    }

    public Guid? TenantId { get; private set; }

    /// <summary>Unique within the merchant.</summary>
    public string Name { get; private set; } = null!;

    /// <summary>Fixed at creation: a source of the other kind is another source.</summary>
    public PayrollDataSourceKind Kind { get; private set; }

    public bool IsEnabled { get; private set; }

    /// <summary>The HTTP contract's address (HTTP sources).</summary>
    public string? Url { get; private set; }

    /// <summary>Items asked for per page (HTTP sources).</summary>
    public int PageSize { get; private set; }

    public string? DatabaseHost { get; private set; }

    public int? DatabasePort { get; private set; }

    public string? DatabaseName { get; private set; }

    public string? DatabaseUser { get; private set; }

    /// <summary>Null when the account has no password.</summary>
    [Redacted]
    public string? DatabasePasswordCiphertext { get; private set; }

    public bool DatabaseRequireTls { get; private set; }

    /// <summary>PEM; when set the server's certificate must chain to it and name the host (see <see cref="MerchantDatabaseSettings"/>).</summary>
    public string? DatabaseTlsCaCertificatePem { get; private set; }

    public string? DatabaseViewName { get; private set; }

    public int? DatabaseStatementTimeoutSeconds { get; private set; }

    /// <summary>The intake of the pull that runs now or ran last; moved only by a guarded update, so one pull runs at a time.</summary>
    public Guid? LastPullIntakeId { get; private set; }

    public DateTime? LastPullTime { get; private set; }

    public bool HasDatabasePassword => DatabasePasswordCiphertext is not null;

    /// <summary>The purpose the password's ciphertext is bound to: a ciphertext copied to another source does not decrypt.</summary>
    public string PasswordPurpose => $"PayrollDataSource:{Id}:Password";

    internal void Rename(string name) => Name = name;

    internal void SetEnabled(bool isEnabled) => IsEnabled = isEnabled;

    internal void SetHttp(Uri url, int pageSize)
    {
        Url = url.AbsoluteUri;
        PageSize = pageSize;
    }

    /// <param name="passwordCiphertext">The ciphertext to keep: the new password's, the stored one, or null for none.</param>
    internal void SetDatabase(MerchantDatabaseSettings settings, string? passwordCiphertext)
    {
        DatabaseHost = settings.Host;
        DatabasePort = settings.Port;
        DatabaseName = settings.Database;
        DatabaseUser = settings.User;
        DatabaseRequireTls = settings.RequireTls;
        DatabaseTlsCaCertificatePem = settings.TlsCaCertificatePem;
        DatabaseViewName = settings.ViewName;
        DatabaseStatementTimeoutSeconds = settings.StatementTimeoutSeconds;
        DatabasePasswordCiphertext = passwordCiphertext;
    }

    /// <summary>The stored fields with the password given in clear, for the reader's one connection.</summary>
    internal MerchantDatabaseSettings DatabaseSettings(string password) => Kind == PayrollDataSourceKind.Database
        ? new MerchantDatabaseSettings(
            DatabaseHost!, DatabasePort ?? 0, DatabaseName!, DatabaseUser!, password, DatabaseRequireTls, DatabaseViewName!,
            DatabaseStatementTimeoutSeconds ?? 0, DatabaseTlsCaCertificatePem)
        : throw new InvalidOperationException("Only a database source has database settings.");
}
