using System.Net;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Hosting;
using AggregatedPayments.Merchants;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Interception;

/// <summary>
/// A rule naming an API client matches the key whose signature the host verified, and nothing a caller
/// merely claims: a header with another client's id neither earns that client's Allow nor its Deny.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ApiClientRuleTests(AggregatedPaymentsWebFactory factory) : MerchantApiTestBase(factory)
{
    private const string ClaimedClientHeader = "X-Api-Client";

    [Fact]
    public async Task Should_match_the_verified_key_of_a_signed_request_and_ignore_a_claimed_one()
    {
        var (blocked, blockedKey) = await OnboardAsync();
        var (_, otherKey) = await OnboardAsync();
        var rules = new InterceptionRuleClientProxy(await HostAdminAsync());
        var rule = await rules.CreateAsync(new CreateInterceptionRuleDto
        {
            Name = "Shut out one merchant system",
            Order = 10,
            PathPattern = "/api/my-merchant/**",
            Methods = "*",
            ApiClientId = blockedKey.KeyId,
            Action = InterceptionAction.Deny
        });
        try
        {
            using var denied = await SendAsync(GetParameters(blockedKey));
            denied.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await ErrorCodeAsync(denied)).ShouldBe(ErrorCodes.RequestDenied);

            using var other = await SendAsync(GetParameters(otherKey));
            other.StatusCode.ShouldBe(HttpStatusCode.OK);

            // The blocked merchant's signed-in admin is not its API client, whatever the request claims.
            using var claimed = new HttpRequestMessage(HttpMethod.Get, "/api/my-merchant/parameters");
            claimed.Headers.Add(ClaimedClientHeader, blockedKey.KeyId);
            using var byAdmin = await blocked.Admin.SendAsync(claimed);
            byAdmin.StatusCode.ShouldBe(HttpStatusCode.OK);

            // Nor does another system become the blocked one by saying so (its own key still decides).
            var spoofing = GetParameters(otherKey).Build(Factory.Clock);
            spoofing.Headers.Add(ClaimedClientHeader, blockedKey.KeyId);
            using var spoofed = await Anonymous().SendAsync(spoofing);
            spoofed.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await rules.DeleteAsync(rule.Id);
        }
    }
}
