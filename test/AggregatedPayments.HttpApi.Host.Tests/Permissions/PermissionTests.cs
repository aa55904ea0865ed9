using System.Net;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.Identity;
using AggregatedPayments.Merchants;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Permissions;

[Collection(HostCollection.Name)]
public sealed class PermissionTests(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    [Fact]
    public async Task Should_let_a_user_prohibition_beat_a_role_grant_at_once()
    {
        var merchant = await CreateMerchantAsync();
        var clerk = await CreateUserWithPermissionsAsync(merchant.Admin, "clerk", IdentityPermissions.Users.Default);
        var clerkUsers = new UserClientProxy(await LoginAsync(merchant.Code, "clerk", DefaultPassword));
        (await clerkUsers.GetListAsync(new GetUserListInput())).TotalCount.ShouldBe(2);

        await new PermissionClientProxy(merchant.Admin).UpdateForUserAsync(clerk.Id,
            [new UpdatePermissionDto { Name = IdentityPermissions.Users.Default, State = PermissionState.Prohibited }]);

        (await Should.ThrowAsync<RemoteServiceException>(() => clerkUsers.GetListAsync(new GetUserListInput())))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_not_hold_a_child_permission_without_its_parent()
    {
        var merchant = await CreateMerchantAsync();
        await CreateUserWithPermissionsAsync(merchant.Admin, "clerk", IdentityPermissions.Users.Create);
        var clerkUsers = new UserClientProxy(await LoginAsync(merchant.Code, "clerk", DefaultPassword));

        var refused = await Should.ThrowAsync<RemoteServiceException>(() =>
            clerkUsers.CreateAsync(new CreateUserDto { UserName = "someone", Password = DefaultPassword }));

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_keep_a_merchant_admin_out_of_platform_endpoints()
    {
        var merchant = await CreateMerchantAsync();

        var refused = await Should.ThrowAsync<RemoteServiceException>(() =>
            new MerchantClientProxy(merchant.Admin).GetListAsync(new GetMerchantListInput()));

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        refused.Code.ShouldBe(ErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Should_refuse_to_give_a_merchant_role_a_platform_permission()
    {
        var merchant = await CreateMerchantAsync();
        var role = await new RoleClientProxy(merchant.Admin).CreateAsync(new CreateRoleDto { Name = "sneaky" });

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => new PermissionClientProxy(merchant.Admin).UpdateForRoleAsync(
            role.Id, [new UpdatePermissionDto { Name = MerchantPermissions.Default, State = PermissionState.Granted }]));

        refused.Code.ShouldBe(ErrorCodes.PermissionNotForSide);
    }

    [Fact]
    public async Task Should_refuse_a_prohibition_on_a_role()
    {
        var merchant = await CreateMerchantAsync();
        var role = await new RoleClientProxy(merchant.Admin).CreateAsync(new CreateRoleDto { Name = "reviewers" });

        var refused = await Should.ThrowAsync<RemoteServiceException>(() => new PermissionClientProxy(merchant.Admin).UpdateForRoleAsync(
            role.Id, [new UpdatePermissionDto { Name = IdentityPermissions.Users.Default, State = PermissionState.Prohibited }]));

        refused.Code.ShouldBe(ErrorCodes.ProhibitionOnlyForUsers);
    }

    [Fact]
    public async Task Should_show_the_editor_only_permissions_of_the_callers_side()
    {
        var merchant = await CreateMerchantAsync();
        var role = await new RoleClientProxy(merchant.Admin).CreateAsync(new CreateRoleDto { Name = "viewers" });

        var groups = await new PermissionClientProxy(merchant.Admin).GetForRoleAsync(role.Id);

        var names = groups.SelectMany(g => g.Permissions).Select(p => p.Name).ToList();
        names.ShouldContain(IdentityPermissions.Users.Default);
        names.ShouldNotContain(MerchantPermissions.Default);
        groups.SelectMany(g => g.Permissions).Single(p => p.Name == Account.AccountPermissions.Profile).State.ShouldBe(PermissionState.Granted);
    }
}
