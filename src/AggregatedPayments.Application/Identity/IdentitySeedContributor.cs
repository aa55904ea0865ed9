using AggregatedPayments.Data;
using AggregatedPayments.Merchants;
using AggregatedPayments.MultiTenancy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace AggregatedPayments.Identity;

/// <summary>
/// Seeds the platform's "admin" (password from Seed:AdminPassword) and keeps every static admin
/// role, the platform's and each merchant's, holding all permissions of its side, including those
/// defined after it was created.
/// </summary>
public sealed class IdentitySeedContributor(
    AdminAccountProvisioner provisioner,
    IRepository<Merchant> merchants,
    IAsyncQueryExecuter executer,
    ICurrentTenant currentTenant,
    IConfiguration configuration,
    ILogger<IdentitySeedContributor> logger) : IDataSeedContributor
{
    public const string AdminPasswordKey = "Seed:AdminPassword";

    public int Order => 100;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        using (currentTenant.Change(null))
        {
            var password = configuration[AdminPasswordKey];
            if (!string.IsNullOrEmpty(password) && await provisioner.EnsureAdminUserAsync(password, null, cancellationToken))
            {
                logger.LogInformation("Created the platform admin user '{UserName}'", IdentityConsts.AdminUserName);
            }

            await provisioner.EnsureAdminRoleAsync(cancellationToken);
            if (string.IsNullOrEmpty(password) && !await provisioner.AdminUserExistsAsync())
            {
                logger.LogWarning("{Key} is not set: the platform admin user is not created", AdminPasswordKey);
            }
        }

        var merchantIds = await executer.ToListAsync(merchants.QueryNoTracking().Select(m => m.Id), cancellationToken);
        foreach (var merchantId in merchantIds)
        {
            using (currentTenant.Change(merchantId))
            {
                await provisioner.EnsureAdminRoleAsync(cancellationToken);
            }
        }
    }
}
