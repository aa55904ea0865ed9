using AggregatedPayments.Dtos;
using AggregatedPayments.Http;

namespace AggregatedPayments.Interception;

public sealed class InterceptionRuleClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IInterceptionRuleAppService
{
    private const string BasePath = "api/interception-rules";

    public Task<InterceptionRuleDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        GetAsync<InterceptionRuleDto>($"{BasePath}/{id}", cancellationToken);

    public Task<PagedResultDto<InterceptionRuleDto>> GetListAsync(GetInterceptionRuleListInput input, CancellationToken cancellationToken = default) =>
        GetAsync<PagedResultDto<InterceptionRuleDto>>(
            WithQuery(BasePath,
                (nameof(input.Filter), input.Filter),
                (nameof(input.Action), input.Action),
                (nameof(input.IsEnabled), input.IsEnabled),
                (nameof(input.SkipCount), input.SkipCount),
                (nameof(input.MaxResultCount), input.MaxResultCount)),
            cancellationToken);

    public Task<InterceptionRuleDto> CreateAsync(CreateInterceptionRuleDto input, CancellationToken cancellationToken = default) =>
        PostAsync<InterceptionRuleDto>(BasePath, input, cancellationToken);

    public Task<InterceptionRuleDto> UpdateAsync(Guid id, UpdateInterceptionRuleDto input, CancellationToken cancellationToken = default) =>
        PutAsync<InterceptionRuleDto>($"{BasePath}/{id}", input, cancellationToken);

    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        DeleteAsync($"{BasePath}/{id}", cancellationToken);
}
