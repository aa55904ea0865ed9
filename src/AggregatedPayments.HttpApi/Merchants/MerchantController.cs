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
    public Task<MerchantCreatedDto> CreateAsync(CreateMerchantDto input, CancellationToken cancellationToken = default) =>
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

    [HttpGet("{id:guid}/parameters")]
    [Authorize(MerchantPermissions.Default)]
    public Task<MerchantParametersDto> GetParametersAsync(Guid id, CancellationToken cancellationToken = default) =>
        merchants.GetParametersAsync(id, cancellationToken);

    [HttpPut("{id:guid}/parameters")]
    [Authorize(MerchantPermissions.Parameters)]
    public Task<MerchantParametersDto> UpdateParametersAsync(Guid id, UpdateMerchantParametersDto input, CancellationToken cancellationToken = default) =>
        merchants.UpdateParametersAsync(id, input, cancellationToken);

    [HttpGet("{id:guid}/api-credentials")]
    [Authorize(MerchantPermissions.ApiCredentials)]
    public Task<IReadOnlyList<MerchantApiCredentialDto>> GetApiCredentialsAsync(Guid id, CancellationToken cancellationToken = default) =>
        merchants.GetApiCredentialsAsync(id, cancellationToken);

    [HttpPost("{id:guid}/api-credentials/rotate")]
    [Authorize(MerchantPermissions.ApiCredentials)]
    public Task<MerchantApiSecretDto> RotateApiCredentialAsync(Guid id, CancellationToken cancellationToken = default) =>
        merchants.RotateApiCredentialAsync(id, cancellationToken);

    [HttpPost("{id:guid}/api-credentials/{keyId}/revoke")]
    [Authorize(MerchantPermissions.ApiCredentials)]
    public Task<MerchantApiCredentialDto> RevokeApiCredentialAsync(Guid id, string keyId, CancellationToken cancellationToken = default) =>
        merchants.RevokeApiCredentialAsync(id, keyId, cancellationToken);
}
