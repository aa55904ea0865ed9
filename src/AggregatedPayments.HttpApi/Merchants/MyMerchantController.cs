using AggregatedPayments.Controllers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Merchants;

[Route("api/my-merchant")]
public sealed class MyMerchantController(IMyMerchantAppService myMerchant) : AggregatedPaymentsController, IMyMerchantAppService
{
    [HttpGet("parameters")]
    [Authorize(MerchantPermissions.MyMerchant)]
    public Task<MerchantParametersDto> GetParametersAsync(CancellationToken cancellationToken = default) =>
        myMerchant.GetParametersAsync(cancellationToken);

    [HttpPut("parameters")]
    [Authorize(MerchantPermissions.MyMerchantParameters)]
    public Task<MerchantParametersDto> UpdateParametersAsync(UpdateMyMerchantParametersDto input, CancellationToken cancellationToken = default) =>
        myMerchant.UpdateParametersAsync(input, cancellationToken);

    [HttpGet("api-credentials")]
    [Authorize(MerchantPermissions.MyMerchantApiCredentials)]
    public Task<IReadOnlyList<MerchantApiCredentialDto>> GetApiCredentialsAsync(CancellationToken cancellationToken = default) =>
        myMerchant.GetApiCredentialsAsync(cancellationToken);

    [HttpPost("api-credentials/rotate")]
    [Authorize(MerchantPermissions.MyMerchantApiCredentials)]
    public Task<MerchantApiSecretDto> RotateApiCredentialAsync(CancellationToken cancellationToken = default) =>
        myMerchant.RotateApiCredentialAsync(cancellationToken);

    [HttpPost("api-credentials/{keyId}/revoke")]
    [Authorize(MerchantPermissions.MyMerchantApiCredentials)]
    public Task<MerchantApiCredentialDto> RevokeApiCredentialAsync(string keyId, CancellationToken cancellationToken = default) =>
        myMerchant.RevokeApiCredentialAsync(keyId, cancellationToken);
}
