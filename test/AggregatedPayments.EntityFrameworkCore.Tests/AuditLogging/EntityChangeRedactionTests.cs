using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.AuditLogging;

/// <summary>
/// The capture on entity shapes the platform's model does not have yet (account numbers, marked
/// secrets, very wide rows), through the interceptor exactly as registered, on a model of its own.
/// </summary>
public sealed class EntityChangeRedactionTests : IAsyncLifetime
{
    private const string AccountNo = "6222020200112233445";
    private const string Secret = "sk_live_abcdef0123456789";
    private const string Pin = "246810";

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        await _connection.OpenAsync();
        _services = new ServiceCollection().AddAuditLoggingEntityFrameworkCore().BuildServiceProvider();
        await using var scope = _services.CreateAsyncScope();
        await using var db = CreateContext(scope);
        await db.Database.EnsureCreatedAsync();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task Should_redact_account_numbers_secrets_and_marked_properties_old_and_new()
    {
        var id = Guid.NewGuid();
        await using (var scope = _services.CreateAsyncScope())
        await using (var db = CreateContext(scope))
        {
            db.Add(new Payee { Id = id, Name = "Zhang San", AccountNo = "6222000011112222", ApiSecret = "old-secret", Pin = "000000" });
            await db.SaveChangesAsync();
        }

        await using var changeScope = _services.CreateAsyncScope();
        await using (var db = CreateContext(changeScope))
        {
            var payee = await db.Set<Payee>().SingleAsync(p => p.Id == id);
            payee.Name = "Zhang San (salary)";
            payee.AccountNo = AccountNo;
            payee.ApiSecret = Secret;
            payee.Pin = Pin;
            await db.SaveChangesAsync();
        }

        var json = changeScope.ServiceProvider.GetRequiredService<AuditScope>().CreateEntityChanges().ShouldHaveSingleItem().PropertyChanges;

        foreach (var secret in new[] { AccountNo, "6222000011112222", Secret, "old-secret", Pin, "000000" })
        {
            json.ShouldNotContain(secret);
        }

        var properties = PropertyChangesReader.Read(json);
        properties["AccountNo"].ShouldBe(("\"***\"", "\"***\""));
        properties["ApiSecret"].ShouldBe(("\"***\"", "\"***\""));
        properties["Pin"].ShouldBe(("\"***\"", "\"***\""));
        properties["Name"].ShouldBe(("\"Zhang San\"", "\"Zhang San (salary)\""));
    }

    [Fact]
    public async Task Should_keep_the_property_names_as_whole_json_when_the_values_do_not_fit()
    {
        await using var scope = _services.CreateAsyncScope();
        await using (var db = CreateContext(scope))
        {
            var text = new string('x', 1000);
            db.Add(new WideSettings
            {
                Id = Guid.NewGuid(), A = text, B = text, C = text, D = text, E = text, F = text, G = text, H = text,
                I = text, J = text, K = text, L = text, M = text, N = text, O = text, P = text, Q = text, R = text
            });
            await db.SaveChangesAsync();
        }

        var json = scope.ServiceProvider.GetRequiredService<AuditScope>().CreateEntityChanges().ShouldHaveSingleItem().PropertyChanges;

        json.Length.ShouldBeLessThanOrEqualTo(AuditLogConsts.MaxPropertyChangesLength);
        using var document = JsonDocument.Parse(json);
        document.RootElement.EnumerateArray().Select(e => e.GetProperty("property").GetString())
            .ShouldBe(["A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P", "Q", "R"]);
        document.RootElement.EnumerateArray().ShouldAllBe(e => e.GetProperty("valuesOmitted").GetBoolean());
    }

    private TestContext CreateContext(AsyncServiceScope scope) =>
        new(new DbContextOptionsBuilder<TestContext>()
            .UseSqlite(_connection)
            .AddInterceptors(scope.ServiceProvider.GetServices<IInterceptor>())
            .Options);

    private sealed class TestContext(DbContextOptions<TestContext> options) : DbContext(options)
    {
        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Payee>();
            modelBuilder.Entity<WideSettings>();
        }
    }

    [Audited]
    private sealed class Payee
    {
        public Guid Id { get; set; }

        public string Name { get; set; } = "";

        public string AccountNo { get; set; } = "";

        public string ApiSecret { get; set; } = "";

        [Redacted]
        public string Pin { get; set; } = "";
    }

    [Audited]
    private sealed class WideSettings
    {
        public Guid Id { get; set; }

        public string? A { get; set; }

        public string? B { get; set; }

        public string? C { get; set; }

        public string? D { get; set; }

        public string? E { get; set; }

        public string? F { get; set; }

        public string? G { get; set; }

        public string? H { get; set; }

        public string? I { get; set; }

        public string? J { get; set; }

        public string? K { get; set; }

        public string? L { get; set; }

        public string? M { get; set; }

        public string? N { get; set; }

        public string? O { get; set; }

        public string? P { get; set; }

        public string? Q { get; set; }

        public string? R { get; set; }
    }
}
