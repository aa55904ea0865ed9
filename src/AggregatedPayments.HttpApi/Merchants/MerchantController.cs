using AggregatedPayments.Controllers;
using AggregatedPayments.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Merchants;

[Route("api/merchants")]
public sealed class MerchantController(IMerchantAppService merchants) : AggregatedPaymentsController, IMerchantAppService
{
    [HttpGet]
    [Authorize(MerchantPermissions.Default)]
    public Task<PagedResultDto<MerchantDto>> GetListAsync([FromQuery] GetMerchantListInput input, CancellationToken cancellationToken = default) =>
        merchants.GetListAsync(input, cancellationToken);

    [HttpGet("{id:guid}")]
    [Authorize(MerchantPermissions.Default)]
    public Task<MerchantDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        merchants.GetAsync(id, cancellationToken);

    [HttpPost]
    [Authorize(MerchantPermissions.Create)]
    public Task<MerchantDto> CreateAsync(CreateMerchantDto input, CancellationToken cancellationToken = default) =>
        merchants.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(MerchantPermissions.Update)]
    public Task<MerchantDto> UpdateAsync(Guid id, UpdateMerchantDto input, CancellationToken cancellationToken = default) =>
        merchants.UpdateAsync(id, input, cancellationToken);

    [HttpPost("{id:guid}/suspend")]
    [Authorize(MerchantPermissions.Suspend)]
    public Task<MerchantDto> SuspendAsync(Guid id, CancellationToken cancellationToken = default) =>
        merchants.SuspendAsync(id, cancellationToken);

    [HttpPost("{id:guid}/activate")]
    [Authorize(MerchantPermissions.Suspend)]
    public Task<MerchantDto> ActivateAsync(Guid id, CancellationToken cancellationToken = default) =>
        merchants.ActivateAsync(id, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(MerchantPermissions.Delete)]
    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        merchants.DeleteAsync(id, cancellationToken);
}
