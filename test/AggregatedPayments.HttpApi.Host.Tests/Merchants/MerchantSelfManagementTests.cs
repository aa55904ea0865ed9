using System.Net;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.Identity;
using AggregatedPayments.Ledger;
using AggregatedPayments.Permissions;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Merchants;

/// <summary>A merchant's administrator runs its own users and roles, within its side and its tenant.</summary>
[Collection(HostCollection.Name)]
public sealed class MerchantSelfManagementTests(AggregatedPaymentsWebFactory factory) : MerchantApiTestBase(factory)
{
    [Fact]
    public async Task Should_let_a_merchant_admin_make_a_clerk_who_can_do_what_its_role_grants()
    {
        var (merchant, _) = await OnboardAsync();

        await CreateUserWithPermissionsAsync(merchant.Admin, "clerk", LedgerPermissions.View);
        var clerk = await LoginAsync(merchant.Code, "clerk", DefaultPassword);

        (await new LedgerClientProxy(clerk).GetBalancesAsync()).ShouldBeEmpty();
        (await Should.ThrowAsync<RemoteServiceException>(() => new UserClientProxy(clerk).GetListAsync(new GetUserListInput())))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_refuse_a_platform_permission_to_a_merchants_user_with_a_clear_code()
    {
        var (merchant, _) = await OnboardAsync();
        var clerk = await CreateUserWithPermissionsAsync(merchant.Admin, "clerk");

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => new PermissionClientProxy(merchant.Admin).UpdateForUserAsync(
            clerk.Id, [new UpdatePermissionDto { Name = MerchantPermissions.Parameters, State = PermissionState.Granted }]));

        refused.Code.ShouldBe(ErrorCodes.PermissionNotForSide);
    }

    [Fact]
    public async Task Should_keep_other_merchants_and_platform_users_out_of_reach()
    {
        var (merchant, _) = await OnboardAsync();
        var (other, _) = await OnboardAsync();
        var otherClerk = await CreateUserWithPermissionsAsync(other.Admin, "clerk");
        var platformAdmin = (await new UserClientProxy(await HostAdminAsync()).GetListAsync(new GetUserListInput { Filter = "admin" })).Items.First();
        var users = new UserClientProxy(merchant.Admin);

        var listed = await users.GetListAsync(new GetUserListInput());
        var otherMerchants = await Should.ThrowAsync<RemoteServiceException>(() => users.GetAsync(otherClerk.Id));
        var platforms = await Should.ThrowAsync<RemoteServiceException>(() => users.DeleteAsync(platformAdmin.Id));

        listed.Items.Select(u => u.UserName).ShouldBe([IdentityConsts.AdminUserName]);
        otherMerchants.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        platforms.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_keep_both_static_roles_but_let_the_api_client_role_be_trimmed()
    {
        var (merchant, key) = await OnboardAsync();
        var roles = new RoleClientProxy(merchant.Admin);
        var all = (await roles.GetListAsync(new Dtos.PagedRequestDto())).Items;
        var admin = all.Single(r => r.Name == IdentityConsts.AdminRoleName);
        var apiClient = all.Single(r => r.Name == MerchantApiCredentialConsts.ApiClientRoleName);
        var permissions = new PermissionClientProxy(merchant.Admin);

        (await Should.ThrowAsync<RemoteServiceException>(() => roles.DeleteAsync(apiClient.Id))).Code.ShouldBe(ErrorCodes.StaticRoleCannotBeDeleted);
        (await Should.ThrowAsync<RemoteServiceException>(() => roles.UpdateAsync(apiClient.Id, new UpdateRoleDto { Name = "renamed" })))
            .Code.ShouldBe(ErrorCodes.StaticRoleCannotBeDeleted);
        (await Should.ThrowAsync<RemoteServiceException>(() => roles.DeleteAsync(admin.Id))).Code.ShouldBe(ErrorCodes.StaticRoleCannotBeDeleted);
        (await Should.ThrowAsync<RemoteServiceException>(() => permissions.UpdateForRoleAsync(
                admin.Id, [new UpdatePermissionDto { Name = MerchantPermissions.MyMerchant, State = PermissionState.NotSet }])))
            .Code.ShouldBe(ErrorCodes.StaticRolePermissionsFixed);
        using (var before = await SendAsync(GetParameters(key)))
        {
            before.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        await permissions.UpdateForRoleAsync(apiClient.Id, [new UpdatePermissionDto { Name = MerchantPermissions.MyMerchant, State = PermissionState.NotSet }]);

        using var after = await SendAsync(GetParameters(key));
        after.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await new MyMerchantClientProxy(merchant.Admin).GetParametersAsync()).MerchantId.ShouldBe(merchant.Id);
    }
}
