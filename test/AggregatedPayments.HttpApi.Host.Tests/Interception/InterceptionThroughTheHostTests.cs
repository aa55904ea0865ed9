using System.Net;
using AggregatedPayments.Account;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Hosting;
using AggregatedPayments.Http;
using AggregatedPayments.Identity;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Interception;

/// <summary>Rules as an operator sets them through the API, applied by the real host's pipeline.</summary>
[Collection(HostCollection.Name)]
public sealed class InterceptionThroughTheHostTests(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    [Fact]
    public async Task Should_deny_one_merchant_what_the_rule_names_and_nobody_else()
    {
        var target = await CreateMerchantAsync();
        var other = await CreateMerchantAsync();
        var rules = new InterceptionRuleClientProxy(await HostAdminAsync());
        var rule = await rules.CreateAsync(new CreateInterceptionRuleDto
        {
            Name = "freeze " + target.Code,
            PathPattern = "/api/identity/**",
            TenantId = target.Id,
            Action = InterceptionAction.Deny
        });

        try
        {
            var denied = await Should.ThrowAsync<RemoteServiceException>(() => new UserClientProxy(target.Admin).GetListAsync(new GetUserListInput()));
            denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            denied.Code.ShouldBe(ErrorCodes.RequestDenied);
            (await new AccountClientProxy(target.Admin).GetProfileAsync()).UserName.ShouldBe("admin");
            (await new UserClientProxy(other.Admin).GetListAsync(new GetUserListInput())).TotalCount.ShouldBe(1);
        }
        finally
        {
            await rules.DeleteAsync(rule.Id);
        }

        (await new UserClientProxy(target.Admin).GetListAsync(new GetUserListInput())).TotalCount.ShouldBe(1);
    }

    [Fact]
    public async Task Should_rate_limit_as_configured_and_let_the_caller_back_when_the_window_ends()
    {
        var merchant = await CreateMerchantAsync();
        var rules = new InterceptionRuleClientProxy(await HostAdminAsync());
        var rule = await rules.CreateAsync(new CreateInterceptionRuleDto
        {
            Name = "slow down " + merchant.Code,
            PathPattern = "/api/account/profile",
            Methods = "GET",
            TenantId = merchant.Id,
            Action = InterceptionAction.RateLimit,
            PermitLimit = 2,
            WindowSeconds = 60
        });

        try
        {
            var profile = new AccountClientProxy(merchant.Admin);
            await profile.GetProfileAsync();
            await profile.GetProfileAsync();
            var limited = await Should.ThrowAsync<RemoteServiceException>(() => profile.GetProfileAsync());
            limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
            limited.Code.ShouldBe(ErrorCodes.RateLimited);

            Factory.Clock.Advance(TimeSpan.FromSeconds(61));

            (await profile.GetProfileAsync()).UserName.ShouldBe("admin");
        }
        finally
        {
            await rules.DeleteAsync(rule.Id);
        }
    }
}
