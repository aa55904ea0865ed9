using System.Net;
using AggregatedPayments.Hosting;
using AggregatedPayments.Merchants;
using AggregatedPayments.Merchants.Credentials;
using AggregatedPayments.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Security;

/// <summary>
/// Guards against the failure that hit others (a framework upgrade that silently switched every
/// check off): every endpoint is listed, and each either names a defined permission or is one of
/// the few that must be reachable without one.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class EndpointSecurityTests(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    /// <summary>Reachable without a permission, each for a reason written at its controller.</summary>
    private static readonly string[] AnonymousByDesign =
    [
        "POST api/account/login",
        "POST api/account/refresh",
        "POST api/account/logout",
        "GET api/abp/application-configuration",
        "GET health/live",
        "GET health/ready",
        "GET openapi/{documentName}.json",
        "GET api-docs/{documentName?}",
        "GET api-docs/scalar.js",
        "GET api-docs/scalar.aspnetcore.js",
        "GET api-docs/favicon.svg",
        "POST api/channel-callbacks/{merchantChannelId:guid}",
        "GET /"
    ];

    [Fact]
    public void Should_name_a_defined_permission_on_every_endpoint_except_the_anonymous_ones()
    {
        var definitions = Factory.Services.GetRequiredService<PermissionDefinitionManager>();
        var problems = new List<string>();
        foreach (var endpoint in ApiEndpoints.All(Factory.Services))
        {
            var key = endpoint.Key;
            var anonymous = endpoint.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            var policies = endpoint.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            if (anonymous)
            {
                if (!AnonymousByDesign.Contains(key))
                {
                    problems.Add($"{key} allows anonymous callers but is not on the list");
                }
            }
            else if (policies.Count == 0 || policies.Any(p => p is null || definitions.GetOrNull(p) is null))
            {
                problems.Add($"{key} does not name a defined permission");
            }
        }

        problems.ShouldBeEmpty();
        ApiEndpoints.All(Factory.Services).Count(e => e.Key.Contains("api/")).ShouldBeGreaterThan(20);
    }

    [Fact]
    public async Task Should_answer_401_with_the_error_body_on_every_protected_endpoint_without_a_token()
    {
        var client = Anonymous();
        var failures = new List<string>();
        foreach (var endpoint in ApiEndpoints.All(Factory.Services).Where(e => !AnonymousByDesign.Contains(e.Key)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.SampleUrl(Guid.NewGuid()));
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.Unauthorized || !body.Contains("\"AP:Unauthorized\""))
            {
                failures.Add($"{endpoint.Key} answered {(int)response.StatusCode}");
            }
        }

        failures.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_answer_401_with_the_error_body_on_every_protected_endpoint_to_a_bad_api_signature()
    {
        var client = Anonymous();
        var failures = new List<string>();
        foreach (var endpoint in ApiEndpoints.All(Factory.Services).Where(e => !AnonymousByDesign.Contains(e.Key)))
        {
            using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.SampleUrl(Guid.NewGuid()));
            request.Headers.Add(MerchantRequestSignature.KeyIdHeader, "ak_000000000000000000000000");
            request.Headers.Add(MerchantRequestSignature.TimestampHeader, Factory.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add(MerchantRequestSignature.NonceHeader, "n" + Guid.NewGuid().ToString("N"));
            request.Headers.Add(MerchantRequestSignature.SignatureHeader, Convert.ToBase64String(new byte[32]));
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.Unauthorized || !body.Contains($"\"{MerchantsErrorCodes.ApiSignatureInvalid}\""))
            {
                failures.Add($"{endpoint.Key} answered {(int)response.StatusCode}");
            }
        }

        failures.ShouldBeEmpty();
    }
}
