using AggregatedPayments.BackgroundJobs;
using AggregatedPayments.Data;
using AggregatedPayments.EntityFrameworkCore;
using AggregatedPayments.Hosting;
using AggregatedPayments.Merchants;
using AggregatedPayments.Merchants.Credentials;
using AggregatedPayments.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Notifications;

/// <summary>
/// What a merchant sets up before it receives notifications — its notify address and an API secret — and
/// the test's hand on the job worker: jobs run when the test says, after it moved the clock to them.
/// </summary>
public sealed class NotificationSetup(AggregatedPaymentsWebFactory factory)
{
    /// <summary>Stores the merchant's notify address (null removes it), as its payout policy holds it.</summary>
    public async Task SetNotifyUrlAsync(Guid merchantId, string? url)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var merchant = await scope.ServiceProvider.GetRequiredService<IRepository<Merchant>>().GetAsync(merchantId);
        merchant.SetPayoutPolicy(merchant.PayoutPolicy with { NotifyUrl = url });
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
    }

    /// <summary>
    /// Issues the merchant a new API credential and revokes the ones it had (onboarding gave it one), so the
    /// new one is what signs its notifications; gives back its key id and secret, shown this once.
    /// </summary>
    public async Task<(string KeyId, string Secret)> IssueSecretAsync(Guid merchantId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var inside = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(merchantId);
        var credentials = scope.ServiceProvider.GetRequiredService<MerchantApiCredentialManager>();
        var earlier = await scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>().Set<MerchantApiCredential>()
            .Where(c => c.RevokedAt == null).Select(c => c.KeyId).ToListAsync();
        foreach (var keyId in earlier)
        {
            await credentials.RevokeAsync(keyId, CancellationToken.None);
        }

        var issued = await credentials.IssueAsync(await credentials.SealNewSecretAsync(CancellationToken.None), CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync();
        return (issued.Credential.KeyId, issued.Secret);
    }

    /// <summary>Runs every job that is due now, as the hosted worker would.</summary>
    public Task<int> RunJobsAsync(CancellationToken cancellationToken = default) =>
        factory.Services.GetRequiredService<BackgroundJobWorker>().RunPendingAsync(cancellationToken);

    /// <summary>Moves the clock to the merchant's next waiting job and runs what is due; false when none of its jobs waits.</summary>
    public async Task<bool> RunNextJobAsync(Guid merchantId)
    {
        var next = await ReadAsync(db => db.Set<BackgroundJobRecord>().Where(j => j.TenantId == merchantId && !j.IsAbandoned)
            .OrderBy(j => j.NextTryTime).Select(j => (DateTime?)j.NextTryTime).FirstOrDefaultAsync());
        if (next is not { } due)
        {
            return false;
        }

        var at = new DateTimeOffset(DateTime.SpecifyKind(due, DateTimeKind.Utc));
        if (at > factory.Clock.GetUtcNow())
        {
            factory.Clock.SetUtcNow(at);
        }

        await RunJobsAsync();
        return true;
    }

    /// <summary>Runs the merchant's jobs one after another, moving the clock to each, until none waits (at most <paramref name="limit"/>).</summary>
    public async Task<int> RunAllJobsAsync(Guid merchantId, int limit = 50)
    {
        var runs = 0;
        while (runs < limit && await RunNextJobAsync(merchantId))
        {
            runs++;
        }

        return runs;
    }

    /// <summary>The merchant's jobs that still wait, by name.</summary>
    public Task<List<string>> WaitingJobsAsync(Guid merchantId) =>
        ReadAsync(db => db.Set<BackgroundJobRecord>().Where(j => j.TenantId == merchantId && !j.IsAbandoned).Select(j => j.JobName).ToListAsync());

    private async Task<T> ReadAsync<T>(Func<AggregatedPaymentsDbContext, Task<T>> read)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var allTenants = scope.ServiceProvider.GetRequiredService<IDataFilter>().DisableMultiTenantFilter();
        var db = scope.ServiceProvider.GetRequiredService<AggregatedPaymentsDbContext>();
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        return await read(db);
    }
}
