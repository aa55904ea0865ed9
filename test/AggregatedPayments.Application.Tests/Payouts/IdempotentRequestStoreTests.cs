using AggregatedPayments.Exceptions;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace AggregatedPayments.Payouts;

/// <summary>The Idempotency-Key store: one claim per merchant, user and key, replayed for a day.</summary>
public sealed class IdempotentRequestStoreTests : IAsyncLifetime
{
    private static readonly Guid Clerk = Guid.NewGuid();

    private PayoutApplicationDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await PayoutApplicationDatabase.CreateAsync();
        _db.SignIn("clerk", Clerk);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task Should_replay_a_completed_request_and_refuse_the_key_with_another_request()
    {
        var claim = await StoreAsync(s => s.ClaimAsync("k1", "hash-a", CancellationToken.None));
        await StoreAsync(s => Done(s.CompleteAsync(claim.ClaimId!.Value, 201, "{\"id\":1}", CancellationToken.None)));

        var replay = await StoreAsync(s => s.ClaimAsync("k1", "hash-a", CancellationToken.None));
        var reused = await Should.ThrowAsync<ConflictException>(() => StoreAsync(s => s.ClaimAsync("k1", "hash-b", CancellationToken.None)));

        claim.IsReplay.ShouldBeFalse();
        replay.ShouldBe(new IdempotentRequestClaim(null, 201, "{\"id\":1}"));
        reused.Code.ShouldBe(PayoutsErrorCodes.IdempotencyKeyReused);
    }

    [Fact]
    public async Task Should_refuse_a_second_request_while_the_first_runs_and_let_the_key_go_when_it_fails()
    {
        var first = await StoreAsync(s => s.ClaimAsync("k2", "hash-a", CancellationToken.None));

        var meanwhile = await Should.ThrowAsync<ConflictException>(() => StoreAsync(s => s.ClaimAsync("k2", "hash-a", CancellationToken.None)));
        await StoreAsync(s => Done(s.ReleaseAsync(first.ClaimId!.Value, CancellationToken.None)));
        var afterwards = await StoreAsync(s => s.ClaimAsync("k2", "hash-b", CancellationToken.None));

        meanwhile.Code.ShouldBe(PayoutsErrorCodes.IdempotencyKeyInProgress);
        afterwards.IsReplay.ShouldBeFalse();
    }

    [Fact]
    public async Task Should_keep_a_key_per_user_and_forget_it_after_24_hours()
    {
        var mine = await StoreAsync(s => s.ClaimAsync("k3", "hash-a", CancellationToken.None));
        await StoreAsync(s => s.ClaimAsync("k4", "hash-a", CancellationToken.None));
        await StoreAsync(s => Done(s.CompleteAsync(mine.ClaimId!.Value, 200, "{}", CancellationToken.None)));
        _db.SignIn("other clerk");
        var someoneElses = await StoreAsync(s => s.ClaimAsync("k3", "hash-b", CancellationToken.None));
        _db.SignIn("clerk", Clerk);

        _db.Database.Clock.Advance(TimeSpan.FromHours(24));
        var nextDay = await StoreAsync(s => s.ClaimAsync("k3", "hash-b", CancellationToken.None));

        someoneElses.IsReplay.ShouldBeFalse();
        nextDay.IsReplay.ShouldBeFalse();
        // The clerk's expired k4 went with its next claim; the other clerk's key stays until that clerk's next one.
        (await _db.CountAsync<IdempotentRequest>()).ShouldBe(2);
    }

    private Task<T> StoreAsync<T>(Func<IIdempotentRequestStore, Task<T>> call) =>
        _db.InTenantAsync(services => call(services.GetRequiredService<IIdempotentRequestStore>()));

    private static async Task<bool> Done(Task task)
    {
        await task;
        return true;
    }
}
