using AggregatedPayments.Data;
using AggregatedPayments.Identity;
using AggregatedPayments.Merchants;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace AggregatedPayments.EntityFrameworkCore;

/// <summary>
/// The one DbContext. Each provider has a derived type (<see cref="SqliteAggregatedPaymentsDbContext"/>,
/// <see cref="MySqlAggregatedPaymentsDbContext"/>) so that each keeps its own migrations; the
/// application only ever sees this base type.
/// </summary>
public abstract class AggregatedPaymentsDbContext : IdentityDbContext<AppUser, AppRole, Guid>
{
    private readonly ICurrentTenant _currentTenant;
    private readonly IDataFilter _dataFilter;
    private readonly SaveChangesRules _saveChangesRules;

    protected AggregatedPaymentsDbContext(DbContextOptions options, DbContextDependencies dependencies)
        : base(options)
    {
        _currentTenant = dependencies.CurrentTenant;
        _dataFilter = dependencies.DataFilter;
        _saveChangesRules = new SaveChangesRules(dependencies);
    }

    // The query filters read these members on every query, so they follow the current tenant and the
    // filter switches (a captured value would freeze the first request's tenant into the cached model).
    internal Guid? CurrentTenantId => _currentTenant.Id;

    internal bool IsMultiTenantFilterEnabled => _dataFilter.IsMultiTenantFilterEnabled;

    internal bool IsSoftDeleteFilterEnabled => _dataFilter.IsSoftDeleteFilterEnabled;

    public DbSet<Merchant> Merchants => Set<Merchant>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<PermissionGrant> PermissionGrants => Set<PermissionGrant>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        throw new NotSupportedException("Use SaveChangesAsync.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        _saveChangesRules.Apply(ChangeTracker);
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            throw DbExceptionTranslator.Translate(exception);
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AggregatedPaymentsDbContext).Assembly);
        IdentityModel.Configure(builder);
        ConventionsModel.Apply(builder, this);
    }
}
