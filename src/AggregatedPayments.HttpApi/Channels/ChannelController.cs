using AggregatedPayments.Controllers;
using AggregatedPayments.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Channels;

[Route("api/channels")]
public sealed class ChannelController(IChannelAppService channels) : AggregatedPaymentsController, IChannelAppService
{
    [HttpGet("providers")]
    [Authorize(ChannelPermissions.Default)]
    public Task<IReadOnlyList<ChannelProviderDto>> GetProvidersAsync(CancellationToken cancellationToken = default) =>
        channels.GetProvidersAsync(cancellationToken);

    [HttpGet]
    [Authorize(ChannelPermissions.Default)]
    public Task<PagedResultDto<ChannelDto>> GetListAsync([FromQuery] GetChannelListInput input, CancellationToken cancellationToken = default) =>
        channels.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    [Authorize(ChannelPermissions.Default)]
    public Task<ChannelDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        channels.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(ChannelPermissions.Create)]
    public Task<ChannelDto> CreateAsync(CreateChannelDto input, CancellationToken cancellationToken = default) =>
        channels.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(ChannelPermissions.Update)]
    public Task<ChannelDto> UpdateAsync(Guid id, UpdateChannelDto input, CancellationToken cancellationToken = default) =>
        channels.UpdateAsync(id, input, cancellationToken);

    [HttpPut("{id:guid}/parameters")]
    [Authorize(ChannelPermissions.Update)]
    public Task<ChannelDto> UpdateParametersAsync(Guid id, UpdateChannelParametersDto input, CancellationToken cancellationToken = default) =>
        channels.UpdateParametersAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/open")]
    [Authorize(ChannelPermissions.OpenClose)]
    public Task<ChannelDto> OpenAsync(Guid id, CancellationToken cancellationToken = default) =>
        channels.OpenAsync(id, cancellationToken);

    [HttpPost("{id:guid}/close")]
    [Authorize(ChannelPermissions.OpenClose)]
    public Task<ChannelDto> CloseAsync(Guid id, CancellationToken cancellationToken = default) =>
        channels.CloseAsync(id, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(ChannelPermissions.Delete)]
    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        channels.DeleteAsync(id, cancellationToken);
}
