using AggregatedPayments.Controllers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Channels;

[Route("api/my-channels")]
public sealed class MyChannelController(IMyChannelAppService myChannels) : AggregatedPaymentsController, IMyChannelAppService
{
    [HttpGet]
    [Authorize(ChannelPermissions.MyChannels)]
    public Task<IReadOnlyList<MyChannelDto>> GetListAsync(CancellationToken cancellationToken = default) =>
        myChannels.GetListAsync(cancellationToken);
}
