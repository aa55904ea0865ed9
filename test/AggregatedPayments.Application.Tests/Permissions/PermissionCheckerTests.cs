using AggregatedPayments.Data;
using AggregatedPayments.Identity;
using AggregatedPayments.Merchants;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Permissions;

public sealed class PermissionCheckerTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private Guid _tenantId;
    private Guid _userId;
    private Guid _roleId;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateWithApplicationAsync();
        _tenantId = Guid.NewGuid();
        await using var scope = _database.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(_tenantId))
        {
            var role = new AppRole(Guid.NewGuid(), _tenantId, "clerks");
            await scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>().CreateAsync(role);
            var user = new AppUser(Guid.NewGuid(), _tenantId, "clerk");
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.CreateAsync(user, "Passw0rd!");
            await users.AddToRoleAsync(user, "clerks");
            (_userId, _roleId) = (user.Id, role.Id);
        }

        _database.Services.GetRequiredService<TestPrincipalAccessor>().SignIn(_userId, _tenantId);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_grant_through_a_role()
    {
        await StoreAsync(PermissionGrant.ForRole(_tenantId, _roleId, IdentityPermissions.Users.Default));

        (await IsGrantedAsync(IdentityPermissions.Users.Default)).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_let_a_user_prohibition_beat_the_role_grant()
    {
        await StoreAsync(
            PermissionGrant.ForRole(_tenantId, _roleId, IdentityPermissions.Users.Default),
            PermissionGrant.ForUser(_tenantId, _userId, IdentityPermissions.Users.Default, isProhibition: true));

        (await IsGrantedAsync(IdentityPermissions.Users.Default)).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_take_the_children_with_a_prohibited_parent()
    {
        await StoreAsync(
            PermissionGrant.ForRole(_tenantId, _roleId, IdentityPermissions.Users.Default),
            PermissionGrant.ForRole(_tenantId, _roleId, IdentityPermissions.Users.Create),
            PermissionGrant.ForUser(_tenantId, _userId, IdentityPermissions.Users.Default, isProhibition: true));

        (await IsGrantedAsync(IdentityPermissions.Users.Create)).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_never_give_a_merchant_user_a_platform_permission_even_if_a_row_says_so()
    {
        await StoreAsync(PermissionGrant.ForRole(_tenantId, _roleId, MerchantPermissions.Default));

        (await IsGrantedAsync(MerchantPermissions.Default)).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_refuse_an_undefined_permission()
    {
        await StoreAsync(PermissionGrant.ForRole(_tenantId, _roleId, "Made.Up"));

        (await IsGrantedAsync("Made.Up")).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_give_the_static_admin_role_permissions_defined_after_it_was_created()
    {
        await using (var scope = _database.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMerchantAppService>().CreateAsync(
                new CreateMerchantDto { Code = "late", Name = "Late", AdminPassword = "Passw0rd!" });
        }

        Guid merchantId;
        await using (var scope = _database.CreateScope())
        {
            merchantId = (await scope.ServiceProvider.GetRequiredService<IMerchantAppService>().GetListAsync(new GetMerchantListInput { Filter = "late" })).Items.Single().Id;
            using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(merchantId))
            {
                var grants = scope.ServiceProvider.GetRequiredService<IRepository<PermissionGrant>>();
                var executer = scope.ServiceProvider.GetRequiredService<IAsyncQueryExecuter>();
                var dropped = await executer.FirstOrDefaultAsync(grants.Query().Where(g => g.Name == IdentityPermissions.Roles.Delete));
                grants.Delete(dropped.ShouldNotBeNull());
                await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
            }
        }

        await using (var scope = _database.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(default);
        }

        await using (var scope = _database.CreateScope())
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(merchantId))
        {
            var grants = scope.ServiceProvider.GetRequiredService<IRepository<PermissionGrant>>();
            var executer = scope.ServiceProvider.GetRequiredService<IAsyncQueryExecuter>();
            (await executer.AnyAsync(grants.QueryNoTracking().Where(g => g.Name == IdentityPermissions.Roles.Delete))).ShouldBeTrue();
        }
    }

    private async Task StoreAsync(params PermissionGrant[] grants)
    {
        await using var scope = _database.CreateScope();
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(_tenantId))
        {
            var repository = scope.ServiceProvider.GetRequiredService<IRepository<PermissionGrant>>();
            foreach (var grant in grants)
            {
                await repository.InsertAsync(grant);
            }

            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }
    }

    private async Task<bool> IsGrantedAsync(string name)
    {
        await using var scope = _database.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IPermissionChecker>().IsGrantedAsync(name);
    }
}
