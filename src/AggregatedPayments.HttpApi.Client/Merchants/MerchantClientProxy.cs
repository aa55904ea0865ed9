using AggregatedPayments.Dtos;
using AggregatedPayments.Http;

namespace AggregatedPayments.Merchants;

public sealed class MerchantClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IMerchantAppService
{
    private const string Path = "api/merchants";

    public Task<PagedResultDto<MerchantDto>> GetListAsync(GetMerchantListInput input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<MerchantDto>>(
            WithQuery(Path, ("filter", input.Filter), ("status", input.Status), ("skipCount", input.SkipCount), ("maxResultCount", input.MaxResultCount)),
            cancellationToken);

    public Task<MerchantDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<MerchantDto>($"{Path}/{id}", cancellationToken);

    public Task<MerchantCreatedDto> CreateAsync(CreateMerchantDto input, CancellationToken cancellationToken = default) =>
        PostAsync<MerchantCreatedDto>(Path, input, cancellationToken);

    public Task<MerchantDto> UpdateAsync(Guid id, UpdateMerchantDto input, CancellationToken cancellationToken = default) =>
        PutAsync<MerchantDto>($"{Path}/{id}", input, cancellationToken);

    public Task<MerchantDto> SuspendAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<MerchantDto>($"{Path}/{id}/suspend", null, cancellationToken);

    public Task<MerchantDto> ActivateAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<MerchantDto>($"{Path}/{id}/activate", null, cancellationToken);

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        DeleteAsync($"{Path}/{id}", cancellationToken);

    public Task<MerchantParametersDto> GetParametersAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<MerchantParametersDto>($"{Path}/{id}/parameters", cancellationToken);

    public Task<MerchantParametersDto> UpdateParametersAsync(Guid id, UpdateMerchantParametersDto input, CancellationToken cancellationToken = default) =>
        PutAsync<MerchantParametersDto>($"{Path}/{id}/parameters", input, cancellationToken);

    public Task<IReadOnlyList<MerchantApiCredentialDto>> GetApiCredentialsAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<MerchantApiCredentialDto>>($"{Path}/{id}/api-credentials", cancellationToken);

    public Task<MerchantApiSecretDto> RotateApiCredentialAsync(Guid id, CancellationToken cancellationToken = default) =>
        PostAsync<MerchantApiSecretDto>($"{Path}/{id}/api-credentials/rotate", null, cancellationToken);

    public Task<MerchantApiCredentialDto> RevokeApiCredentialAsync(Guid id, string keyId, CancellationToken cancellationToken = default) =>
        PostAsync<MerchantApiCredentialDto>($"{Path}/{id}/api-credentials/{Uri.EscapeDataString(keyId)}/revoke", null, cancellationToken);
}
