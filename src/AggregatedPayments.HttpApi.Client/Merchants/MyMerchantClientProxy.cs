using AggregatedPayments.Http;

namespace AggregatedPayments.Merchants;

public sealed class MyMerchantClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IMyMerchantAppService
{
    private const string Path = "api/my-merchant";

    public Task<MerchantParametersDto> GetParametersAsync(CancellationToken cancellationToken = default) =>
        GetAsync<MerchantParametersDto>($"{Path}/parameters", cancellationToken);

    public Task<MerchantParametersDto> UpdateParametersAsync(UpdateMyMerchantParametersDto input, CancellationToken cancellationToken = default) =>
        PutAsync<MerchantParametersDto>($"{Path}/parameters", input, cancellationToken);

    public Task<IReadOnlyList<MerchantApiCredentialDto>> GetApiCredentialsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<MerchantApiCredentialDto>>($"{Path}/api-credentials", cancellationToken);

    public Task<MerchantApiSecretDto> RotateApiCredentialAsync(CancellationToken cancellationToken = default) =>
        PostAsync<MerchantApiSecretDto>($"{Path}/api-credentials/rotate", null, cancellationToken);

    public Task<MerchantApiCredentialDto> RevokeApiCredentialAsync(string keyId, CancellationToken cancellationToken = default) =>
        PostAsync<MerchantApiCredentialDto>($"{Path}/api-credentials/{Uri.EscapeDataString(keyId)}/revoke", null, cancellationToken);
}
