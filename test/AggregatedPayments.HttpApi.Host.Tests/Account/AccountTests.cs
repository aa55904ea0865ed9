using System.Net;
using AggregatedPayments.Account;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.Identity;
using AggregatedPayments.Merchants;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Account;

[Collection(HostCollection.Name)]
public sealed class AccountTests(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    [Fact]
    public async Task Should_sign_in_the_seeded_platform_admin_and_read_its_profile()
    {
        var client = await HostAdminAsync();

        var profile = await new AccountClientProxy(client).GetProfileAsync();

        profile.UserName.ShouldBe(IdentityConsts.AdminUserName);
        profile.TenantId.ShouldBeNull();
        profile.Roles.ShouldContain(IdentityConsts.AdminRoleName);
    }

    [Fact]
    public async Task Should_refuse_a_wrong_password_and_an_unknown_merchant_alike()
    {
        var merchant = await CreateMerchantAsync();

        var wrongPassword = await Should.ThrowAsync<RemoteServiceException>(() => LoginAsync(merchant.Code, "admin", "nope-nope"));
        var unknownMerchant = await Should.ThrowAsync<RemoteServiceException>(() => LoginAsync("no-such-merchant", "admin", DefaultPassword));

        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        wrongPassword.Code.ShouldBe(ErrorCodes.InvalidCredentials);
        unknownMerchant.Code.ShouldBe(ErrorCodes.InvalidCredentials);
    }

    [Fact]
    public async Task Should_lock_a_user_out_after_repeated_failures_even_with_the_right_password_then()
    {
        var merchant = await CreateMerchantAsync();
        await CreateUserWithPermissionsAsync(merchant.Admin, "clerk");

        for (var attempt = 0; attempt < 4; attempt++)
        {
            (await Should.ThrowAsync<RemoteServiceException>(() => LoginAsync(merchant.Code, "clerk", "wrong-password")))
                .Code.ShouldBe(ErrorCodes.InvalidCredentials);
        }

        (await Should.ThrowAsync<RemoteServiceException>(() => LoginAsync(merchant.Code, "clerk", "wrong-password")))
            .Code.ShouldBe(ErrorCodes.UserLockedOut);
        (await Should.ThrowAsync<RemoteServiceException>(() => LoginAsync(merchant.Code, "clerk", DefaultPassword)))
            .Code.ShouldBe(ErrorCodes.UserLockedOut);
    }

    [Fact]
    public async Task Should_rotate_refresh_tokens_and_end_the_family_when_one_is_reused()
    {
        var merchant = await CreateMerchantAsync();
        var accounts = new AccountClientProxy(Anonymous());
        var first = await LoginTokensAsync(merchant.Code, "admin", DefaultPassword);

        var second = await accounts.RefreshAsync(new RefreshTokenDto { RefreshToken = first.RefreshToken });
        var reuse = await Should.ThrowAsync<RemoteServiceException>(() => accounts.RefreshAsync(new RefreshTokenDto { RefreshToken = first.RefreshToken }));
        var afterReuse = await Should.ThrowAsync<RemoteServiceException>(() => accounts.RefreshAsync(new RefreshTokenDto { RefreshToken = second.RefreshToken }));

        second.RefreshToken.ShouldNotBe(first.RefreshToken);
        reuse.Code.ShouldBe(ErrorCodes.RefreshTokenReused);
        afterReuse.Code.ShouldBe(ErrorCodes.RefreshTokenReused);
    }

    [Fact]
    public async Task Should_end_the_sign_in_on_logout()
    {
        var merchant = await CreateMerchantAsync();
        var accounts = new AccountClientProxy(Anonymous());
        var tokens = await LoginTokensAsync(merchant.Code, "admin", DefaultPassword);

        await accounts.LogoutAsync(new RefreshTokenDto { RefreshToken = tokens.RefreshToken });

        (await Should.ThrowAsync<RemoteServiceException>(() => accounts.RefreshAsync(new RefreshTokenDto { RefreshToken = tokens.RefreshToken })))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Should_stop_a_live_token_at_once_when_the_merchant_is_suspended()
    {
        var merchant = await CreateMerchantAsync();
        var profile = new AccountClientProxy(merchant.Admin);
        await profile.GetProfileAsync();

        await new MerchantClientProxy(await HostAdminAsync()).SuspendAsync(merchant.Id);

        (await Should.ThrowAsync<RemoteServiceException>(() => profile.GetProfileAsync())).Code.ShouldBe(ErrorCodes.MerchantSuspended);
        (await Should.ThrowAsync<RemoteServiceException>(() => LoginAsync(merchant.Code, "admin", DefaultPassword)))
            .Code.ShouldBe(ErrorCodes.MerchantSuspended);
    }

    [Fact]
    public async Task Should_stop_a_live_token_at_once_when_the_password_changes()
    {
        var merchant = await CreateMerchantAsync();
        var profile = new AccountClientProxy(merchant.Admin);

        await profile.ChangePasswordAsync(new ChangePasswordDto { CurrentPassword = DefaultPassword, NewPassword = "An0ther-Passw0rd" });

        (await Should.ThrowAsync<RemoteServiceException>(() => profile.GetProfileAsync())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var fresh = await LoginAsync(merchant.Code, "admin", "An0ther-Passw0rd");
        (await new AccountClientProxy(fresh).GetProfileAsync()).UserName.ShouldBe("admin");
    }

    [Fact]
    public async Task Should_stop_a_suspended_users_token_at_once()
    {
        var merchant = await CreateMerchantAsync();
        var clerk = await CreateUserWithPermissionsAsync(merchant.Admin, "clerk");
        var clerkClient = new AccountClientProxy(await LoginAsync(merchant.Code, "clerk", DefaultPassword));
        await clerkClient.GetProfileAsync();

        await new UserClientProxy(merchant.Admin).UpdateAsync(clerk.Id, new UpdateUserDto { IsActive = false, RoleNames = [.. clerk.RoleNames] });

        (await Should.ThrowAsync<RemoteServiceException>(() => clerkClient.GetProfileAsync())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Should.ThrowAsync<RemoteServiceException>(() => LoginAsync(merchant.Code, "clerk", DefaultPassword)))
            .Code.ShouldBe(ErrorCodes.UserInactive);
    }

    [Fact]
    public async Task Should_reject_an_expired_access_token()
    {
        var merchant = await CreateMerchantAsync();
        var profile = new AccountClientProxy(merchant.Admin);

        Factory.Clock.Advance(TimeSpan.FromMinutes(16));

        (await Should.ThrowAsync<RemoteServiceException>(() => profile.GetProfileAsync())).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
