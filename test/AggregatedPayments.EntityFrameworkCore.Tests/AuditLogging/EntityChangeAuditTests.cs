using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Identity;
using AggregatedPayments.Interception;
using AggregatedPayments.Merchants;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.AuditLogging;

public sealed class EntityChangeAuditTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_record_a_created_rule_with_its_values()
    {
        await using var scope = _database.CreateScope();
        var rule = new InterceptionRule(Guid.NewGuid(), Definition("Block scanners"));
        await Repository<InterceptionRule>(scope).InsertAsync(rule);
        await SaveAsync(scope);

        var change = Changes(scope).ShouldHaveSingleItem();

        change.EntityType.ShouldBe(nameof(InterceptionRule));
        change.EntityId.ShouldBe(rule.Id.ToString());
        change.ChangeType.ShouldBe(EntityChangeType.Created);
        change.IsRolledBack.ShouldBeFalse();
        var properties = PropertyChangesReader.Read(change.PropertyChanges);
        properties["Name"].ShouldBe(("null", "\"Block scanners\""));
        properties["IpCidr"].New.ShouldBe("\"10.0.0.0/8\"");
        properties["Action"].New.ShouldBe("\"Deny\"");
        properties.ShouldNotContainKey("Id");
    }

    [Fact]
    public async Task Should_record_only_the_properties_that_changed()
    {
        var id = await CreateRuleAsync("Before");
        await using var scope = _database.CreateScope();
        var rule = await Repository<InterceptionRule>(scope).GetAsync(id);
        rule.Update(Definition("After"));
        await SaveAsync(scope);

        var change = Changes(scope).ShouldHaveSingleItem();

        change.ChangeType.ShouldBe(EntityChangeType.Updated);
        var properties = PropertyChangesReader.Read(change.PropertyChanges);
        properties.Keys.ShouldBe(["Name", "Version"], ignoreOrder: true);
        properties["Name"].ShouldBe(("\"Before\"", "\"After\""));
        properties["Version"].ShouldBe(("0", "1"));
    }

    [Fact]
    public async Task Should_record_a_soft_delete_as_a_deletion()
    {
        var merchantId = await CreateMerchantAsync("acme");
        await using var scope = _database.CreateScope();
        var merchants = Repository<Merchant>(scope);
        merchants.Delete(await merchants.GetAsync(merchantId));
        await SaveAsync(scope);

        var change = Changes(scope).ShouldHaveSingleItem();

        change.ChangeType.ShouldBe(EntityChangeType.Deleted);
        PropertyChangesReader.Read(change.PropertyChanges)["IsDeleted"].ShouldBe(("false", "true"));
    }

    [Fact]
    public async Task Should_report_a_changed_owned_value_as_properties_of_its_owner()
    {
        var merchantId = await CreateMerchantAsync("acme");
        await using var scope = _database.CreateScope();
        var merchant = await Repository<Merchant>(scope).GetAsync(merchantId);
        merchant.SetProfile(merchant.Profile with { Email = "finance@acme.test", Phone = "010-1234" });
        await SaveAsync(scope);

        var change = Changes(scope).ShouldHaveSingleItem();

        change.EntityType.ShouldBe(nameof(Merchant));
        change.EntityId.ShouldBe(merchantId.ToString());
        change.ChangeType.ShouldBe(EntityChangeType.Updated);
        var properties = PropertyChangesReader.Read(change.PropertyChanges);
        properties["Profile.Email"].ShouldBe(("null", "\"finance@acme.test\""));
        properties["Profile.Phone"].ShouldBe(("null", "\"010-1234\""));
        properties.ShouldNotContainKey("Profile.LegalName");
    }

    [Fact]
    public async Task Should_mark_changes_saved_in_a_transaction_that_rolled_back()
    {
        await using var scope = _database.CreateScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await using (await unitOfWork.BeginTransactionAsync())
        {
            await Repository<InterceptionRule>(scope).InsertAsync(new InterceptionRule(Guid.NewGuid(), Definition("Never kept")));
            await unitOfWork.SaveChangesAsync();
        }

        await using (var transaction = await unitOfWork.BeginTransactionAsync())
        {
            await Repository<InterceptionRule>(scope).InsertAsync(new InterceptionRule(Guid.NewGuid(), Definition("Kept")));
            await unitOfWork.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        var changes = Changes(scope);

        changes.Count.ShouldBe(2);
        changes.Single(c => c.PropertyChanges.Contains("Never kept")).IsRolledBack.ShouldBeTrue();
        changes.Single(c => c.PropertyChanges.Contains("\"Kept\"")).IsRolledBack.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_not_record_a_save_that_failed()
    {
        var existingId = await CreateRuleAsync("First");
        await using var scope = _database.CreateScope();
        await Repository<InterceptionRule>(scope).InsertAsync(new InterceptionRule(existingId, Definition("Same id again")));

        await Should.ThrowAsync<ConflictException>(() => SaveAsync(scope));

        Changes(scope).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_not_record_entities_that_are_not_audited()
    {
        await using var scope = _database.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>();
        db.RefreshTokens.Add(new RefreshToken(Guid.NewGuid(), null, Guid.NewGuid(), Guid.NewGuid(), new string('a', 64), DateTime.UtcNow, DateTime.UtcNow.AddDays(1)));
        await db.SaveChangesAsync();

        Changes(scope).ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_store_no_secret_of_a_user_in_the_audit_tables()
    {
        const string passwordHash = "AQAAAAIAAYagAAAAEPasswordHashValue";
        const string securityStamp = "STAMPVALUE0123456789";
        await using (var scope = _database.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>();
            var user = new AppUser(Guid.NewGuid(), null, "clerk", "clerk@acme.test") { PasswordHash = passwordHash, SecurityStamp = securityStamp };
            db.Users.Add(user);
            await db.SaveChangesAsync();

            var request = new AuditRequest(null, Guid.NewGuid(), "admin", null, "203.0.113.1", "POST", "/api/users", "c-1", _database.Clock.GetUtcNow().UtcDateTime);
            var auditLog = new AuditLog(Guid.NewGuid(), request, 200, 12, null, scope.ServiceProvider.GetRequiredService<AuditScope>().CreateEntityChanges());
            (await scope.ServiceProvider.GetRequiredService<AuditLogWriter>().TryWriteAsync(auditLog)).ShouldBeTrue();
        }

        await using var readScope = _database.CreateScope();
        var stored = await readScope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>().Database
            .SqlQueryRaw<string>("SELECT PropertyChanges AS Value FROM AuditLogEntityChanges").ToListAsync();

        var json = stored.ShouldHaveSingleItem();
        json.ShouldNotContain(passwordHash);
        json.ShouldNotContain(securityStamp);
        var properties = PropertyChangesReader.Read(json);
        properties["PasswordHash"].ShouldBe(("null", "\"***\""));
        properties["SecurityStamp"].ShouldBe(("null", "\"***\""));
        properties["UserName"].New.ShouldBe("\"clerk\"");
    }

    [Fact]
    public async Task Should_work_with_a_new_interceptor_in_every_scope()
    {
        for (var i = 0; i < 40; i++)
        {
            await using var scope = _database.CreateScope();
            await Repository<InterceptionRule>(scope).InsertAsync(new InterceptionRule(Guid.NewGuid(), Definition("Rule " + i)));
            await SaveAsync(scope);
            Changes(scope).ShouldHaveSingleItem();
        }
    }

    private async Task<Guid> CreateRuleAsync(string name)
    {
        await using var scope = _database.CreateScope();
        var rule = new InterceptionRule(Guid.NewGuid(), Definition(name));
        await Repository<InterceptionRule>(scope).InsertAsync(rule);
        await SaveAsync(scope);
        return rule.Id;
    }

    private async Task<Guid> CreateMerchantAsync(string code)
    {
        await using var scope = _database.CreateScope();
        var merchant = await scope.ServiceProvider.GetRequiredService<MerchantManager>().CreateAsync(code, code, "Asia/Shanghai", default);
        await SaveAsync(scope);
        return merchant.Id;
    }

    private static IRepository<T> Repository<T>(AsyncServiceScope scope)
        where T : Entities.Entity<Guid> => scope.ServiceProvider.GetRequiredService<IRepository<T>>();

    private static Task SaveAsync(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();

    private static IReadOnlyList<EntityChange> Changes(AsyncServiceScope scope) =>
        scope.ServiceProvider.GetRequiredService<AuditScope>().CreateEntityChanges();

    private static InterceptionRuleDefinition Definition(string name) =>
        new(name, 10, "/api/**", "*", "10.0.0.0/8", null, null, InterceptionAction.Deny, null, null, true);
}
