using AggregatedPayments.AuditLogging;
using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Data;
using AggregatedPayments.Dictionaries;
using AggregatedPayments.Identity;
using AggregatedPayments.Merchants;
using AggregatedPayments.Payouts;
using AggregatedPayments.Payroll;
using AggregatedPayments.Payroll.DataSources;
using AggregatedPayments.Permissions;
using AggregatedPayments.Routing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.EntityFrameworkCore;

public static class EntityFrameworkCoreServiceCollectionExtensions
{
    /// <param name="sqliteBaseDirectory">Where a relative SQLite data source lives; the working directory when null.</param>
    public static IServiceCollection AddAggregatedPaymentsEntityFrameworkCore(
        this IServiceCollection services, IConfiguration configuration, string? sqliteBaseDirectory = null)
    {
        var options = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("Default")
                               ?? throw new InvalidOperationException("ConnectionStrings:Default is not set.");
        services.AddSingleton(options);
        services.AddScoped<DbContextDependencies>();

        // No context pooling: the query filters read the current tenant from the context instance.
        // Features hook into saves (auditing) by registering an EF Core IInterceptor in the container.
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                connectionString = SqliteConnectionStrings.AnchorDataSource(connectionString, sqliteBaseDirectory ?? Directory.GetCurrentDirectory());
                services.AddDbContext<SqliteAggregatedPaymentsDbContext>((sp, o) => o.UseSqlite(connectionString).AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddScoped<AggregatedPaymentsDbContext>(sp => sp.GetRequiredService<SqliteAggregatedPaymentsDbContext>());
                break;
            case DatabaseProvider.MySql:
                var serverVersion = ServerVersion.Parse(options.ServerVersion);
                services.AddDbContext<MySqlAggregatedPaymentsDbContext>((sp, o) => o.UseMySql(connectionString, serverVersion).AddInterceptors(sp.GetServices<IInterceptor>()));
                services.AddScoped<AggregatedPaymentsDbContext>(sp => sp.GetRequiredService<MySqlAggregatedPaymentsDbContext>());
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{options.Provider}'.");
        }

        services.AddScoped(typeof(IRepository<>), typeof(EfRepository<>));
        services.AddSingleton<IAsyncQueryExecuter, EfAsyncQueryExecuter>();
        services.AddScoped<IUnitOfWork, EfUnitOfWork>();
        services.AddScoped<IPermissionGrantStore, EfPermissionGrantStore>();
        services.AddScoped<IRefreshTokenStore, EfRefreshTokenStore>();
        services.AddScoped<DatabaseMigrator>();
        services.AddAuditLoggingEntityFrameworkCore();

        // Identity's stores on our DbContext; the Identity policies themselves are set by the Application layer.
        new IdentityBuilder(typeof(AppUser), typeof(AppRole), services).AddEntityFrameworkStores<AggregatedPaymentsDbContext>();
        services.AddDictionariesEntityFrameworkCore();
        services.AddBackgroundJobsEntityFrameworkCore();
        services.AddPayoutsEntityFrameworkCore();
        services.AddPayoutApprovalsEntityFrameworkCore();
        services.AddPayrollEntityFrameworkCore();
        services.AddMerchantsEntityFrameworkCore();
        services.AddPayrollDataSourcesEntityFrameworkCore();
        services.AddPayrollSelectionEntityFrameworkCore();
        services.AddRoutingEntityFrameworkCore();
        return services;
    }
}
