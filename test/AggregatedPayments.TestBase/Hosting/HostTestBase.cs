using System.Net.Http.Headers;
using AggregatedPayments.Account;
using AggregatedPayments.Identity;
using AggregatedPayments.Merchants;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.Permissions;

namespace AggregatedPayments.Hosting;

/// <summary>Signs in, creates merchants and users, and reaches the API through the client proxies.</summary>
public abstract class HostTestBase(AggregatedPaymentsWebFactory factory)
{
    public const string DefaultPassword = "Passw0rd!";

    protected AggregatedPaymentsWebFactory Factory { get; } = factory;

    protected HttpClient Anonymous() => Factory.CreateClient();

    protected async Task<TokenDto> LoginTokensAsync(string? tenantCode, string userName, string password) =>
        await new AccountClientProxy(Anonymous()).LoginAsync(new LoginDto { TenantCode = tenantCode, UserName = userName, Password = password });

    protected async Task<HttpClient> LoginAsync(string? tenantCode, string userName, string password) =>
        WithToken((await LoginTokensAsync(tenantCode, userName, password)).AccessToken);

    protected Task<HttpClient> HostAdminAsync() => LoginAsync(null, IdentityConsts.AdminUserName, AggregatedPaymentsWebFactory.AdminPassword);

    protected HttpClient WithToken(string accessToken, string? actInsideTenant = null)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (actInsideTenant is not null)
        {
            client.DefaultRequestHeaders.Add(TenantHeader.Name, actInsideTenant);
        }

        return client;
    }

    protected async Task<TestMerchant> CreateMerchantAsync(string? code = null)
    {
        code ??= "m" + Guid.NewGuid().ToString("N")[..10];
        var merchant = await new MerchantClientProxy(await HostAdminAsync()).CreateAsync(new CreateMerchantDto
        {
            Code = code,
            Name = "Merchant " + code,
            AdminPassword = DefaultPassword
        });
        return new TestMerchant(merchant.Merchant.Id, code, DefaultPassword, await LoginAsync(code, IdentityConsts.AdminUserName, DefaultPassword));
    }

    /// <summary>Creates a user on the admin's side holding a fresh role with exactly the given permissions (plus the profile one).</summary>
    protected async Task<UserDto> CreateUserWithPermissionsAsync(HttpClient admin, string userName, params string[] permissions)
    {
        var role = await new RoleClientProxy(admin).CreateAsync(new CreateRoleDto { Name = userName + "-role" });
        await new PermissionClientProxy(admin).UpdateForRoleAsync(
            role.Id, permissions.Select(p => new UpdatePermissionDto { Name = p, State = PermissionState.Granted }).ToList());
        return await new UserClientProxy(admin).CreateAsync(new CreateUserDto { UserName = userName, Password = DefaultPassword, RoleNames = [role.Name] });
    }
}
