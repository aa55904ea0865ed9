using AggregatedPayments.Channels;
using AggregatedPayments.Data;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Ledger;

namespace AggregatedPayments.Payouts;

/// <summary>
/// Mirrors the provider's balance into the ledger (an Adjustments ↔ Available posting), for a merchant
/// channel with the Balance function, inside the current merchant. The provider is asked first, outside
/// any transaction. Attempts that hold money but may not have reached the provider (Submitting, Unknown)
/// are still in the provider's available figure, so they are taken off it: Available never counts the
/// same money twice, and errs on the low side while an attempt is Unknown.
/// </summary>
public sealed class MerchantChannelBalanceSync(
    PayoutChannelResolver channels,
    IRepository<PayoutAttempt> attempts,
    IAsyncQueryExecuter executer,
    LedgerService ledger,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<BalanceSyncResult>> SyncAsync(Guid merchantChannelId, string? currency, CancellationToken cancellationToken)
    {
        var channel = await channels.GetAsync(merchantChannelId, cancellationToken);
        if (!channel.MerchantChannel.Functions.HasFlag(ChannelFunctions.Balance) || channel.Adapter is not IChannelBalance balances)
        {
            throw new BusinessException(ChannelsErrorCodes.FunctionNotSupported).WithData("function", ChannelFunctions.Balance);
        }

        var context = await channels.CreateContextAsync(channel, cancellationToken);
        var currencies = currency is null ? channel.Channel.Currencies.ToList() : [currency];
        var results = new List<BalanceSyncResult>();
        foreach (var code in currencies)
        {
            var answer = await balances.QueryBalanceAsync(code, context, cancellationToken);
            results.Add(answer is BalanceResult.Known known
                ? await PostAsync(channel.MerchantChannel, known.Available, cancellationToken)
                : new BalanceSyncResult(code, null, null, null, (answer as BalanceResult.Unknown)?.Reason));
        }

        return results;
    }

    private async Task<BalanceSyncResult> PostAsync(MerchantChannel merchantChannel, ChannelAmount providerAvailable, CancellationToken cancellationToken)
    {
        var code = providerAvailable.Currency;
        await using var transaction = await unitOfWork.BeginTransactionAsync(cancellationToken);
        var notYetAtProvider = (await executer.ToListAsync(attempts.QueryNoTracking()
                .Where(a => a.MerchantChannelId == merchantChannel.Id && a.Currency == code
                            && (a.State == PayoutState.Submitting || a.State == PayoutState.Unknown))
                .Select(a => a.AmountMinor), cancellationToken))
            .Sum();
        var available = Math.Max(0, providerAvailable.Minor - notYetAtProvider);
        var key = new LedgerAccountKey(merchantChannel.TenantId!.Value, merchantChannel.Id, code);
        var syncId = Guid.CreateVersion7(clock.GetUtcNow());
        var outcome = await ledger.SyncBalanceAsync(key, new Money(available, code), syncId, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new BalanceSyncResult(code, providerAvailable.Minor, available, outcome, null);
    }
}
