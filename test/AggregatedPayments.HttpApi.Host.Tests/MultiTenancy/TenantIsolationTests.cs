using System.Net;
using System.Text;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.Identity;
using AggregatedPayments.Menus;
using AggregatedPayments.Permissions;
using AggregatedPayments.Security;
using Shouldly;
using Xunit;

namespace AggregatedPayments.MultiTenancy;

[Collection(HostCollection.Name)]
public sealed class TenantIsolationTests(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    [Fact]
    public async Task Should_never_let_a_merchant_read_or_change_another_merchants_data_through_any_endpoint()
    {
        var a = await CreateMerchantAsync();
        var b = await CreateMerchantAsync();
        var before = await SnapshotAsync(a);

        var answered = new List<string>();
        foreach (var endpoint in ApiEndpoints.All(Factory.Services).Where(e => e.HasIdParameter))
        {
            foreach (var id in before.Ids)
            {
                using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.SampleUrl(id));
                if (endpoint.Method is "POST" or "PUT")
                {
                    request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
                }

                using var response = await b.Admin.SendAsync(request);
                if (response.IsSuccessStatusCode)
                {
                    answered.Add($"{endpoint.Key} with {id} answered {(int)response.StatusCode}");
                }
            }
        }

        answered.ShouldBeEmpty();
        (await SnapshotAsync(a)).Text.ShouldBe(before.Text);
    }

    [Fact]
    public async Task Should_list_only_the_callers_own_rows_on_every_list_endpoint()
    {
        var a = await CreateMerchantAsync();
        var b = await CreateMerchantAsync();
        var aIds = (await SnapshotAsync(a)).Ids;

        foreach (var endpoint in ApiEndpoints.All(Factory.Services).Where(e => e is { Method: "GET", HasIdParameter: false } && e.Route.StartsWith("api/", StringComparison.Ordinal)))
        {
            using var response = await b.Admin.GetAsync(endpoint.SampleUrl(Guid.Empty));
            var body = await response.Content.ReadAsStringAsync();
            foreach (var id in aIds)
            {
                body.ShouldNotContain(id.ToString(), Case.Insensitive, $"{endpoint.Key} showed merchant A's {id}");
            }
        }
    }

    [Fact]
    public async Task Should_answer_404_when_updating_another_merchants_user_with_a_valid_body()
    {
        var a = await CreateMerchantAsync();
        var b = await CreateMerchantAsync();
        var clerk = await CreateUserWithPermissionsAsync(a.Admin, "clerk");

        var refused = await Should.ThrowAsync<RemoteServiceException>(() =>
            new UserClientProxy(b.Admin).UpdateAsync(clerk.Id, new UpdateUserDto { Name = "taken over", IsActive = false }));

        refused.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await new UserClientProxy(a.Admin).GetAsync(clerk.Id)).IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_let_a_platform_user_act_inside_a_merchant_only_with_the_right_to()
    {
        var merchant = await CreateMerchantAsync();
        var hostAdminToken = (await LoginTokensAsync(null, "admin", AggregatedPaymentsWebFactory.AdminPassword)).AccessToken;
        var viewer = await CreateUserWithPermissionsAsync(await HostAdminAsync(), "viewer-" + merchant.Code, IdentityPermissions.Users.Default);
        var viewerToken = (await LoginTokensAsync(null, viewer.UserName, DefaultPassword)).AccessToken;

        var inside = await new UserClientProxy(WithToken(hostAdminToken, merchant.Code)).GetListAsync(new GetUserListInput());
        var refused = await Should.ThrowAsync<RemoteServiceException>(() =>
            new UserClientProxy(WithToken(viewerToken, merchant.Id.ToString())).GetListAsync(new GetUserListInput()));

        inside.Items.ShouldAllBe(u => u.TenantId == merchant.Id);
        inside.Items.ShouldContain(u => u.UserName == "admin");
        refused.Code.ShouldBe(ErrorCodes.TenantHeaderNotAllowed);
    }

    [Fact]
    public async Task Should_ignore_a_tenant_header_sent_by_a_merchant_user()
    {
        var a = await CreateMerchantAsync();
        var b = await CreateMerchantAsync();
        var token = (await LoginTokensAsync(a.Code, "admin", DefaultPassword)).AccessToken;

        var users = await new UserClientProxy(WithToken(token, b.Id.ToString())).GetListAsync(new GetUserListInput());

        users.Items.ShouldAllBe(u => u.TenantId == a.Id);
    }

    /// <summary>Merchant A's data as its admin sees it, with the ids another merchant will try.</summary>
    private async Task<(IReadOnlyList<Guid> Ids, string Text)> SnapshotAsync(TestMerchant merchant)
    {
        var users = new UserClientProxy(merchant.Admin);
        if ((await users.GetListAsync(new GetUserListInput { Filter = "clerk" })).TotalCount == 0)
        {
            await CreateUserWithPermissionsAsync(merchant.Admin, "clerk", IdentityPermissions.Users.Default);
            await new MenuClientProxy(merchant.Admin).UpdateItemAsync(MenuNames.Dashboard, new UpdateMenuItemDto { DisplayName = "Home" });
        }

        var userList = await users.GetListAsync(new GetUserListInput());
        var roleList = await new RoleClientProxy(merchant.Admin).GetListAsync(new Dtos.PagedRequestDto());
        var permissions = new PermissionClientProxy(merchant.Admin);
        var text = new StringBuilder();
        foreach (var role in roleList.Items)
        {
            text.AppendLine(System.Text.Json.JsonSerializer.Serialize(role));
            text.AppendLine(System.Text.Json.JsonSerializer.Serialize(await permissions.GetForRoleAsync(role.Id)));
        }

        foreach (var user in userList.Items)
        {
            text.AppendLine(System.Text.Json.JsonSerializer.Serialize(user));
            text.AppendLine(System.Text.Json.JsonSerializer.Serialize(await permissions.GetForUserAsync(user.Id)));
        }

        text.AppendLine(System.Text.Json.JsonSerializer.Serialize(await new MenuClientProxy(merchant.Admin).GetItemsAsync()));
        var ids = userList.Items.Select(u => u.Id).Concat(roleList.Items.Select(r => r.Id)).Append(merchant.Id).ToList();
        return (ids, text.ToString());
    }
}
