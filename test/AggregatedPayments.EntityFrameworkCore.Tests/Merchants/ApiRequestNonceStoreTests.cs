using AggregatedPayments.Data;
using AggregatedPayments.Encryption;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Merchants.Credentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Merchants;

/// <summary>The replay guard lives in the database: every host instance refuses a nonce any of them has seen, and old nonces go.</summary>
public sealed class ApiRequestNonceStoreTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Should_refuse_on_one_instance_a_nonce_another_instance_accepted()
    {
        await using var sibling = _database.CreateSiblingInstance();
        var until = Now().AddMinutes(5);

        var first = await UseAsync(_database.Services, "ak_one", "nonce-0001", until);
        var replayed = await UseAsync(sibling, "ak_one", "nonce-0001", until);
        var otherKey = await UseAsync(sibling, "ak_two", "nonce-0001", until);

        first.ShouldBeTrue();
        replayed.ShouldBeFalse();
        otherKey.ShouldBeTrue();
    }

    [Fact]
    public async Task Should_purge_expired_nonces_in_one_statement_and_keep_the_live_ones()
    {
        await UseAsync(_database.Services, "ak_one", "nonce-old-1", Now().AddMinutes(5));
        await UseAsync(_database.Services, "ak_one", "nonce-old-2", Now().AddMinutes(5));
        await UseAsync(_database.Services, "ak_one", "nonce-live", Now().AddMinutes(20));
        _database.Clock.Advance(TimeSpan.FromMinutes(10));

        await UseAsync(_database.Services, "ak_one", "nonce-new", Now().AddMinutes(5));

        await using var scope = _database.CreateScope();
        var left = await scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>().Set<ApiRequestNonce>()
            .OrderBy(n => n.Nonce).Select(n => n.Nonce).ToListAsync();
        left.ShouldBe(["nonce-live", "nonce-new"]);
    }

    private DateTime Now() => _database.Clock.GetUtcNow().UtcDateTime;

    private static async Task<bool> UseAsync(IServiceProvider services, string keyId, string nonce, DateTime until)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IApiRequestNonceStore>().TryUseAsync(keyId, nonce, until, default);
    }
}
