using AggregatedPayments.Dtos;

namespace AggregatedPayments.Interception;

/// <summary>Administration of the request interception rules; a change takes effect on this instance with the next request.</summary>
public interface IInterceptionRuleAppService
{
    Task<InterceptionRuleDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>In evaluation order.</summary>
    Task<PagedResultDto<InterceptionRuleDto>> GetListAsync(GetInterceptionRuleListInput input, CancellationToken cancellationToken = default);

    Task<InterceptionRuleDto> CreateAsync(CreateInterceptionRuleDto input, CancellationToken cancellationToken = default);

    Task<InterceptionRuleDto> UpdateAsync(Guid id, UpdateInterceptionRuleDto input, CancellationToken cancellationToken = default);

    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
