using System.Net;
using System.Text.Json;
using AggregatedPayments.Data;
using AggregatedPayments.Merchants;
using AggregatedPayments.MultiTenancy;
using AggregatedPayments.TestApps;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Interception;

public sealed class InterceptionMiddlewareTests : IAsyncLifetime
{
    private const string Attacker = "198.51.100.66";
    private const string Office = "203.0.113.10";

    private PipelineTestApp _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync() => await StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Should_deny_with_the_standard_error_body()
    {
        await CreateRuleAsync(InterceptionAction.Deny, cidr: "198.51.100.0/24");

        using var response = await SendAsync(HttpMethod.Post, "/api/payouts", ip: Attacker);

        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var body = await response.Content.ReadAsStringAsync();
        body.ShouldBe("""{"error":{"code":"AP:Interception:Denied","message":"The request was refused by a rule of the platform.","details":null,"validationErrors":null}}""");
    }

    [Fact]
    public async Task Should_answer_in_the_language_the_client_asked_for()
    {
        await CreateRuleAsync(InterceptionAction.Deny);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/payouts");
        request.Headers.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9,en;q=0.5");
        using var response = await _client.SendAsync(request);

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("error").GetProperty("message").GetString().ShouldBe("请求被平台规则拒绝。");
    }

    [Fact]
    public async Task Should_let_through_what_no_rule_matches()
    {
        await CreateRuleAsync(InterceptionAction.Deny, path: "/api/payouts/**", methods: "POST", cidr: "198.51.100.0/24");

        (await SendAsync(HttpMethod.Get, "/api/payouts", ip: Attacker)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SendAsync(HttpMethod.Post, "/api/merchants", ip: Attacker)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SendAsync(HttpMethod.Post, "/api/payouts", ip: Office)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SendAsync(HttpMethod.Post, "/api/payouts/1", ip: Attacker)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_keep_only_the_office_in_when_an_allow_comes_before_a_deny_all()
    {
        await CreateRuleAsync(InterceptionAction.Allow, order: 1, cidr: "203.0.113.0/24");
        await CreateRuleAsync(InterceptionAction.Deny, order: 2);

        (await SendAsync(HttpMethod.Get, "/api/payouts", ip: Office)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SendAsync(HttpMethod.Get, "/api/payouts", ip: "::ffff:" + Office)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SendAsync(HttpMethod.Get, "/api/payouts", ip: Attacker)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_rate_limit_with_retry_after_and_let_the_client_in_again_when_the_window_ends()
    {
        await CreateRuleAsync(InterceptionAction.RateLimit, path: "/api/payouts/**", permitLimit: 2, windowSeconds: 60);
        _app.Clock.Advance(TimeSpan.FromSeconds(15));

        (await SendAsync(HttpMethod.Post, "/api/payouts", ip: Attacker)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SendAsync(HttpMethod.Post, "/api/payouts", ip: Attacker)).StatusCode.ShouldBe(HttpStatusCode.OK);
        using var refused = await SendAsync(HttpMethod.Post, "/api/payouts", ip: Attacker);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(45));
        (await refused.Content.ReadAsStringAsync()).ShouldContain("\"code\":\"AP:Interception:RateLimited\"");
        (await SendAsync(HttpMethod.Post, "/api/payouts", ip: Office)).StatusCode.ShouldBe(HttpStatusCode.OK);
        _app.Clock.Advance(TimeSpan.FromSeconds(45));
        (await SendAsync(HttpMethod.Post, "/api/payouts", ip: Attacker)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_match_the_merchant_the_request_acts_in()
    {
        var merchantId = await CreateMerchantAsync("acme");
        await CreateRuleAsync(InterceptionAction.Deny, tenantId: merchantId);

        (await SendAsync(HttpMethod.Get, "/api/payouts", tenantId: merchantId)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await SendAsync(HttpMethod.Get, "/api/payouts", tenantId: Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SendAsync(HttpMethod.Get, "/api/payouts")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_read_the_api_client_where_the_host_says()
    {
        await RestartAsync(configure: options => options.ApiClientIdResolver = context => context.Request.Query["client"]);
        await CreateRuleAsync(InterceptionAction.Deny, apiClientId: "erp-7");

        (await SendAsync(HttpMethod.Post, "/api/payouts?client=erp-7")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_never_apply_rules_to_the_health_endpoints()
    {
        await CreateRuleAsync(InterceptionAction.Deny);

        (await SendAsync(HttpMethod.Get, "/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SendAsync(HttpMethod.Get, "/api/payouts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_apply_rules_to_login_too()
    {
        await CreateRuleAsync(InterceptionAction.Deny, path: "/api/account/login", cidr: "198.51.100.0/24");

        (await SendAsync(HttpMethod.Post, "/api/account/login", ip: Attacker)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Should_let_everything_through_when_switched_off_to_recover_from_a_lockout()
    {
        await RestartAsync(new Dictionary<string, string?> { ["Interception:Enabled"] = "false" });
        await CreateRuleAsync(InterceptionAction.Deny);

        (await SendAsync(HttpMethod.Get, "/api/payouts")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Should_apply_a_change_from_the_next_request()
    {
        var rule = await CreateRuleAsync(InterceptionAction.Deny);
        (await SendAsync(HttpMethod.Get, "/api/payouts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await using (var scope = _app.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IInterceptionRuleAppService>().UpdateAsync(rule.Id, new UpdateInterceptionRuleDto
            {
                Name = rule.Name, PathPattern = rule.PathPattern, Action = InterceptionAction.Deny, IsEnabled = false, Version = rule.Version
            });
        }

        (await SendAsync(HttpMethod.Get, "/api/payouts")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task StartAsync(IReadOnlyDictionary<string, string?>? configuration = null, Action<InterceptionOptions>? configure = null)
    {
        _app = await PipelineTestApp.StartAsync(
            app =>
            {
                app.UseTestClientIp();
                app.UseExceptionHandler();
                app.UseRequestLocalization();
                app.UseAuthentication();
                app.UseTestTenantResolution();
                app.UseInterceptionRules();
                app.MapGet("/health/live", () => "live");
                app.Map("/api/{**rest}", () => Results.Ok("passed"));
            },
            (services, config) => services.AddInterceptionRules(config, configure),
            configuration);
        _client = _app.CreateClient();
    }

    private async Task RestartAsync(IReadOnlyDictionary<string, string?>? configuration = null, Action<InterceptionOptions>? configure = null)
    {
        await _app.DisposeAsync();
        await StartAsync(configuration, configure);
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, string ip = Office, Guid? tenantId = null)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add(TestPipelineExtensions.ClientIpHeader, ip);
        if (tenantId is not null)
        {
            request.Headers.Add(TenantHeader.Name, tenantId.ToString());
        }

        return _client.SendAsync(request);
    }

    private async Task<InterceptionRuleDto> CreateRuleAsync(
        InterceptionAction action,
        int order = 10,
        string path = "/**",
        string methods = "*",
        string? cidr = null,
        Guid? tenantId = null,
        string? apiClientId = null,
        int? permitLimit = null,
        int? windowSeconds = null)
    {
        await using var scope = _app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IInterceptionRuleAppService>().CreateAsync(new CreateInterceptionRuleDto
        {
            Name = $"{action} {path}",
            Order = order,
            PathPattern = path,
            Methods = methods,
            IpCidr = cidr,
            TenantId = tenantId,
            ApiClientId = apiClientId,
            Action = action,
            PermitLimit = permitLimit,
            WindowSeconds = windowSeconds
        });
    }

    private async Task<Guid> CreateMerchantAsync(string code)
    {
        await using var scope = _app.CreateScope();
        var merchant = await scope.ServiceProvider.GetRequiredService<MerchantManager>().CreateAsync(code, code, "Asia/Shanghai", default);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return merchant.Id;
    }
}
