using System.Text.Json.Serialization;
using System.Net;
using AggregatedPayments.AuditLogging;
using AggregatedPayments.Http;
using AggregatedPayments.TestApps;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Interception;

/// <summary>The rule and audit endpoints through their controllers and client proxies, as an administrator's tool would use them.</summary>
public sealed class InterceptionAdminApiTests : IAsyncLifetime
{
    private static readonly Guid PlatformAdmin = Guid.NewGuid();

    private PipelineTestApp _app = null!;

    public async Task InitializeAsync() =>
        _app = await PipelineTestApp.StartAsync(
            app =>
            {
                app.UseExceptionHandler();
                app.UseRequestLocalization();
                app.UseAuthentication();
                app.UseTestTenantResolution();
                app.UseInterceptionRules();
                app.UseAuditLogging();
                app.UseAuthorization();
                app.MapControllers();
            },
            (services, _) => services.AddControllers()
                .AddApplicationPart(typeof(InterceptionRuleController).Assembly)
                .AddJsonOptions(o => o.JsonSerializerOptions.Converters.Add(new JsonStringEnumConverter())));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Should_create_change_list_and_delete_rules_through_the_client_proxy()
    {
        var rules = new InterceptionRuleClientProxy(Client(InterceptionPermissions.Default, InterceptionPermissions.Manage));

        var created = await rules.CreateAsync(new CreateInterceptionRuleDto
        {
            Name = "Payout burst", Order = 5, PathPattern = "/api/payouts/**", Methods = "post", Action = InterceptionAction.RateLimit, PermitLimit = 10, WindowSeconds = 60
        });
        var changed = await rules.UpdateAsync(created.Id, new UpdateInterceptionRuleDto
        {
            Name = "Payout burst", Order = 5, PathPattern = "/api/payouts/**", Methods = "POST", Action = InterceptionAction.RateLimit, PermitLimit = 20, WindowSeconds = 60, Version = created.Version
        });
        var listed = await rules.GetListAsync(new GetInterceptionRuleListInput { Action = InterceptionAction.RateLimit });

        changed.PermitLimit.ShouldBe(20);
        changed.Methods.ShouldBe("POST");
        listed.Items.ShouldHaveSingleItem().ShouldBe(changed);
        await rules.DeleteAsync(created.Id);
        var error = await Should.ThrowAsync<RemoteServiceException>(() => rules.GetAsync(created.Id));
        error.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Should_pass_the_validation_code_of_a_bad_range_to_the_caller()
    {
        var rules = new InterceptionRuleClientProxy(Client(InterceptionPermissions.Default, InterceptionPermissions.Manage));

        var error = await Should.ThrowAsync<RemoteServiceException>(() => rules.CreateAsync(new CreateInterceptionRuleDto
        {
            Name = "Typo", PathPattern = "/**", IpCidr = "10.0.0.1/8", Action = InterceptionAction.Deny
        }));

        error.Code.ShouldBe("AP:Interception:InvalidCidr");
    }

    [Fact]
    public async Task Should_refuse_changes_to_a_user_who_may_only_read_rules()
    {
        var rules = new InterceptionRuleClientProxy(Client(InterceptionPermissions.Default));

        var error = await Should.ThrowAsync<RemoteServiceException>(() => rules.CreateAsync(new CreateInterceptionRuleDto { Name = "X", PathPattern = "/**" }));

        error.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await rules.GetListAsync(new GetInterceptionRuleListInput())).Items.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_find_a_rule_change_in_the_audit_log_through_the_client_proxy()
    {
        var client = Client(InterceptionPermissions.Default, InterceptionPermissions.Manage, AuditLoggingPermissions.Default);
        var created = await new InterceptionRuleClientProxy(client).CreateAsync(new CreateInterceptionRuleDto
        {
            Name = "Block range", PathPattern = "/api/**", IpCidr = "198.51.100.0/24", Action = InterceptionAction.Deny
        });

        var found = await new AuditLogClientProxy(client).GetListAsync(new GetAuditLogListInput { HttpMethod = "POST", UrlContains = "interception-rules" });

        var row = found.Items.ShouldHaveSingleItem();
        row.UserId.ShouldBe(PlatformAdmin);
        row.StatusCode.ShouldBe(200);
        var change = row.EntityChanges.ShouldHaveSingleItem();
        change.EntityId.ShouldBe(created.Id.ToString());
        change.PropertyChanges.ShouldContain("\"198.51.100.0/24\"");
        (await new AuditLogClientProxy(client).GetAsync(row.Id)).ShouldBeEquivalentTo(row);
    }

    private HttpClient Client(params string[] permissions)
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.UserHeader, PlatformAdmin.ToString());
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.PermissionsHeader, string.Join(",", permissions));
        return client;
    }
}
