using AggregatedPayments.Dtos;

namespace AggregatedPayments.Ledger;

/// <summary>The merchant's ledger: what the platform mirrors of its accounts at each provider.</summary>
public interface ILedgerAppService
{
    /// <summary>Every merchant channel account and currency of the merchant.</summary>
    Task<IReadOnlyList<LedgerBalanceDto>> GetBalancesAsync(CancellationToken cancellationToken = default);

    Task<PagedResultDto<LedgerPostingDto>> GetPostingsAsync(GetLedgerPostingListInput input, CancellationToken cancellationToken = default);

    /// <summary>Asks the provider for the merchant channel's balance now and brings Available in line through Adjustments.</summary>
    Task<LedgerSyncDto> SyncAsync(Guid merchantChannelId, CancellationToken cancellationToken = default);
}
