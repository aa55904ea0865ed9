using AggregatedPayments.Controllers;
using AggregatedPayments.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Ledger;

[Route("api/ledger")]
public sealed class LedgerController(ILedgerAppService ledger) : AggregatedPaymentsController, ILedgerAppService
{
    [HttpGet("balances")]
    [Authorize(LedgerPermissions.View)]
    public Task<IReadOnlyList<LedgerBalanceDto>> GetBalancesAsync(CancellationToken cancellationToken = default) =>
        ledger.GetBalancesAsync(cancellationToken);

    [HttpGet("postings")]
    [Authorize(LedgerPermissions.View)]
    public Task<PagedResultDto<LedgerPostingDto>> GetPostingsAsync([FromQuery] GetLedgerPostingListInput input, CancellationToken cancellationToken = default) =>
        ledger.GetPostingsAsync(input, cancellationToken);

    [HttpPost("balances/{merchantChannelId:guid}/sync")]
    [Authorize(LedgerPermissions.Sync)]
    public Task<LedgerSyncDto> SyncAsync(Guid merchantChannelId, CancellationToken cancellationToken = default) =>
        ledger.SyncAsync(merchantChannelId, cancellationToken);
}
