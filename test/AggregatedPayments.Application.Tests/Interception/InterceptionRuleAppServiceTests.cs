using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Merchants;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Interception;

public sealed class InterceptionRuleAppServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateWithApplicationAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private InterceptionRuleCache Cache => _database.Services.GetRequiredService<InterceptionRuleCache>();

    [Fact]
    public async Task Should_create_a_rule_and_read_it_back_in_normal_form()
    {
        var created = await CallAsync(s => s.CreateAsync(Input("Office only", path: "/api/payouts/", cidr: "::ffff:203.0.113.0/120")));

        var read = await CallAsync(s => s.GetAsync(created.Id));

        read.ShouldBe(created);
        read.PathPattern.ShouldBe("/api/payouts");
        read.IpCidr.ShouldBe("203.0.113.0/24");
        read.CreationTime.ShouldBe(_database.Clock.GetUtcNow().UtcDateTime);
    }

    [Fact]
    public async Task Should_list_rules_in_evaluation_order()
    {
        await CallAsync(s => s.CreateAsync(Input("Last", order: 30)));
        await CallAsync(s => s.CreateAsync(Input("First", order: 10)));
        await CallAsync(s => s.CreateAsync(Input("Middle", order: 20, isEnabled: false)));

        var all = await CallAsync(s => s.GetListAsync(new GetInterceptionRuleListInput()));
        var enabled = await CallAsync(s => s.GetListAsync(new GetInterceptionRuleListInput { IsEnabled = true }));

        all.Items.Select(r => r.Name).ShouldBe(["First", "Middle", "Last"]);
        all.TotalCount.ShouldBe(3);
        enabled.Items.Select(r => r.Name).ShouldBe(["First", "Last"]);
    }

    [Fact]
    public async Task Should_refuse_an_update_from_an_editor_who_read_an_older_version()
    {
        var rule = await CallAsync(s => s.CreateAsync(Input("Rule")));
        await CallAsync(s => s.UpdateAsync(rule.Id, Update("First edit", rule.Version)));

        var error = await Should.ThrowAsync<ConflictException>(() => CallAsync(s => s.UpdateAsync(rule.Id, Update("Second edit", rule.Version))));

        error.Code.ShouldBe(ErrorCodes.ConcurrencyConflict);
        (await CallAsync(s => s.GetAsync(rule.Id))).Name.ShouldBe("First edit");
    }

    [Fact]
    public async Task Should_refuse_a_rule_for_a_merchant_that_does_not_exist()
    {
        var error = await Should.ThrowAsync<BusinessException>(() => CallAsync(s => s.CreateAsync(Input("Rule", tenantId: Guid.NewGuid()))));

        error.Code.ShouldBe(ErrorCodes.TenantNotFound);
    }

    [Fact]
    public async Task Should_accept_a_rule_for_an_existing_merchant()
    {
        Guid merchantId;
        await using (var scope = _database.CreateScope())
        {
            merchantId = (await scope.ServiceProvider.GetRequiredService<MerchantManager>().CreateAsync("acme", "Acme", "Asia/Shanghai", default)).Id;
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }

        var rule = await CallAsync(s => s.CreateAsync(Input("Acme only", tenantId: merchantId)));

        rule.TenantId.ShouldBe(merchantId);
    }

    [Fact]
    public async Task Should_apply_a_change_made_here_from_the_next_request()
    {
        (await Cache.GetAsync(default)).Rules.ShouldBeEmpty();

        var rule = await CallAsync(s => s.CreateAsync(Input("Deny all")));
        (await Cache.GetAsync(default)).Rules.ShouldHaveSingleItem().Id.ShouldBe(rule.Id);

        await CallAsync(s => s.UpdateAsync(rule.Id, Update("Deny all", rule.Version, isEnabled: false)));
        (await Cache.GetAsync(default)).Rules.ShouldBeEmpty();

        var again = await CallAsync(s => s.CreateAsync(Input("Deny again")));
        await CallAsync(s => s.DeleteAsync(again.Id));
        (await Cache.GetAsync(default)).Rules.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_pick_up_a_change_made_by_another_instance_when_the_snapshot_expires()
    {
        (await Cache.GetAsync(default)).Rules.ShouldBeEmpty();
        await using (var otherInstance = _database.CreateScope())
        {
            await otherInstance.ServiceProvider.GetRequiredService<IRepository<InterceptionRule>>()
                .InsertAsync(new InterceptionRule(Guid.NewGuid(), new InterceptionRuleDefinition("Elsewhere", 1, "/**", "*", null, null, null, InterceptionAction.Deny, null, null, true)));
            await otherInstance.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        }

        (await Cache.GetAsync(default)).Rules.ShouldBeEmpty();
        _database.Clock.Advance(InterceptionRuleCache.Lifetime);
        (await Cache.GetAsync(default)).Rules.ShouldHaveSingleItem();
    }

    private async Task<T> CallAsync<T>(Func<IInterceptionRuleAppService, Task<T>> call)
    {
        await using var scope = _database.CreateScope();
        return await call(scope.ServiceProvider.GetRequiredService<IInterceptionRuleAppService>());
    }

    private async Task CallAsync(Func<IInterceptionRuleAppService, Task> call)
    {
        await using var scope = _database.CreateScope();
        await call(scope.ServiceProvider.GetRequiredService<IInterceptionRuleAppService>());
    }

    private static CreateInterceptionRuleDto Input(string name, int order = 10, string path = "/**", string? cidr = null, Guid? tenantId = null, bool isEnabled = true) =>
        new() { Name = name, Order = order, PathPattern = path, IpCidr = cidr, TenantId = tenantId, Action = InterceptionAction.Deny, IsEnabled = isEnabled };

    private static UpdateInterceptionRuleDto Update(string name, int version, bool isEnabled = true) =>
        new() { Name = name, PathPattern = "/**", Action = InterceptionAction.Deny, IsEnabled = isEnabled, Version = version };
}
