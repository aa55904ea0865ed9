using AggregatedPayments.Controllers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Channels;

[Route("api/merchants/{merchantId:guid}/channels")]
public sealed class MerchantChannelController(IMerchantChannelAppService merchantChannels) : AggregatedPaymentsController, IMerchantChannelAppService
{
    [HttpGet]
    [Authorize(ChannelPermissions.OpenToMerchants)]
    public Task<IReadOnlyList<MerchantChannelDto>> GetListAsync(Guid merchantId, CancellationToken cancellationToken = default) =>
        merchantChannels.GetListAsync(merchantId, cancellationToken);

    [HttpGet("{id:guid}")]
    [Authorize(ChannelPermissions.OpenToMerchants)]
    public Task<MerchantChannelDto> GetAsync(Guid merchantId, Guid id, CancellationToken cancellationToken = default) =>
        merchantChannels.GetAsync(merchantId, id, cancellationToken);

    [HttpPost]
    [Authorize(ChannelPermissions.OpenToMerchants)]
    public Task<MerchantChannelDto> CreateAsync(Guid merchantId, CreateMerchantChannelDto input, CancellationToken cancellationToken = default) =>
        merchantChannels.CreateAsync(merchantId, input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(ChannelPermissions.OpenToMerchants)]
    public Task<MerchantChannelDto> UpdateAsync(Guid merchantId, Guid id, UpdateMerchantChannelDto input, CancellationToken cancellationToken = default) =>
        merchantChannels.UpdateAsync(merchantId, id, input, cancellationToken);

    [HttpPost("{id:guid}/test-connection")]
    [Authorize(ChannelPermissions.OpenToMerchants)]
    public Task<ConnectionTestResultDto> TestConnectionAsync(Guid merchantId, Guid id, CancellationToken cancellationToken = default) =>
        merchantChannels.TestConnectionAsync(merchantId, id, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(ChannelPermissions.OpenToMerchants)]
    public Task DeleteAsync(Guid merchantId, Guid id, CancellationToken cancellationToken = default) =>
        merchantChannels.DeleteAsync(merchantId, id, cancellationToken);
}
