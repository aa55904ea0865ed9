using AggregatedPayments.Data;
using AggregatedPayments.Ledger;
using AggregatedPayments.MultiTenancy;

namespace AggregatedPayments.Channels;

/// <summary>
/// Gives a merchant channel its ledger balances, one per currency of the channel, as soon as it is
/// opened: balances, holds and reports can then rely on the rows being there. Inside the merchant's tenant.
/// </summary>
public sealed class MerchantChannelLedgerAccounts(
    IRepository<MerchantChannel> merchantChannels,
    IRepository<Channel> channels,
    IAsyncQueryExecuter executer,
    ICurrentTenant currentTenant,
    ILedgerStore ledger)
{
    public async Task EnsureAsync(MerchantChannel merchantChannel, Channel channel, CancellationToken cancellationToken)
    {
        var tenantId = merchantChannel.TenantId ?? throw new InvalidOperationException("A merchant channel belongs to a merchant.");
        foreach (var currency in channel.Currencies)
        {
            await ledger.EnsureBalanceAsync(new LedgerAccountKey(tenantId, merchantChannel.Id, currency), cancellationToken);
        }
    }

    /// <summary>For every channel already opened to the current tenant's merchant.</summary>
    public async Task EnsureForAllAsync(CancellationToken cancellationToken)
    {
        if (currentTenant.Id is null)
        {
            throw new InvalidOperationException("Ledger accounts belong to a merchant: change to its tenant first.");
        }

        var opened = await executer.ToListAsync(merchantChannels.QueryNoTracking(), cancellationToken);
        foreach (var merchantChannel in opened)
        {
            // A channel the platform deleted keeps its merchant rows for history, and opens no new accounts.
            if (await channels.FindAsync(merchantChannel.ChannelId, cancellationToken) is { } channel)
            {
                await EnsureAsync(merchantChannel, channel, cancellationToken);
            }
        }
    }
}
