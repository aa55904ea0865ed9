using AggregatedPayments.Data;
using AggregatedPayments.Dtos;
using AggregatedPayments.Exceptions;
using AggregatedPayments.Merchants;

namespace AggregatedPayments.Interception;

public sealed class InterceptionRuleAppService(
    IRepository<InterceptionRule> rules,
    IRepository<Merchant> merchants,
    IAsyncQueryExecuter executer,
    IUnitOfWork unitOfWork,
    InterceptionRuleCache cache) : IInterceptionRuleAppService
{
    public async Task<InterceptionRuleDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ToDto(await rules.GetAsync(id, cancellationToken));

    public async Task<PagedResultDto<InterceptionRuleDto>> GetListAsync(GetInterceptionRuleListInput input, CancellationToken cancellationToken = default)
    {
        var query = rules.QueryNoTracking();
        if (!string.IsNullOrWhiteSpace(input.Filter))
        {
            var filter = input.Filter.Trim();
            query = query.Where(r => r.Name.Contains(filter) || r.PathPattern.Contains(filter));
        }

        if (input.Action is { } action)
        {
            query = query.Where(r => r.Action == action);
        }

        if (input.IsEnabled is { } isEnabled)
        {
            query = query.Where(r => r.IsEnabled == isEnabled);
        }

        var total = await executer.CountAsync(query, cancellationToken);
        var page = await executer.ToListAsync(
            query.OrderBy(r => r.Order).ThenBy(r => r.Id).Skip(Math.Max(input.SkipCount, 0)).Take(Math.Clamp(input.MaxResultCount, 1, PagedRequestDto.MaxPageSize)),
            cancellationToken);
        return new PagedResultDto<InterceptionRuleDto>(page.Select(ToDto).ToList(), total);
    }

    public async Task<InterceptionRuleDto> CreateAsync(CreateInterceptionRuleDto input, CancellationToken cancellationToken = default)
    {
        await EnsureMerchantExistsAsync(input.TenantId, cancellationToken);
        var rule = new InterceptionRule(Guid.NewGuid(), ToDefinition(input));
        await rules.InsertAsync(rule, cancellationToken);
        await SaveAsync(cancellationToken);
        return ToDto(rule);
    }

    public async Task<InterceptionRuleDto> UpdateAsync(Guid id, UpdateInterceptionRuleDto input, CancellationToken cancellationToken = default)
    {
        var rule = await rules.GetAsync(id, cancellationToken);
        if (rule.Version != input.Version)
        {
            throw new ConflictException(ErrorCodes.ConcurrencyConflict);
        }

        await EnsureMerchantExistsAsync(input.TenantId, cancellationToken);
        rule.Update(ToDefinition(input));
        await SaveAsync(cancellationToken);
        return ToDto(rule);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        rules.Delete(await rules.GetAsync(id, cancellationToken));
        await SaveAsync(cancellationToken);
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await unitOfWork.SaveChangesAsync(cancellationToken);

        // After the save: a request that reloads sooner would read the old rules and keep them for a lifetime.
        cache.Invalidate();
    }

    private async Task EnsureMerchantExistsAsync(Guid? tenantId, CancellationToken cancellationToken)
    {
        if (tenantId is { } id && !await executer.AnyAsync(merchants.QueryNoTracking().Where(m => m.Id == id), cancellationToken))
        {
            throw new BusinessException(ErrorCodes.TenantNotFound).WithData("tenantId", id);
        }
    }

    private static InterceptionRuleDefinition ToDefinition(InterceptionRuleInputDto input) => new(
        input.Name,
        input.Order,
        input.PathPattern,
        input.Methods,
        input.IpCidr,
        input.TenantId,
        input.ApiClientId,
        input.Action,
        input.PermitLimit,
        input.WindowSeconds,
        input.IsEnabled);

    private static InterceptionRuleDto ToDto(InterceptionRule rule) => new(
        rule.Id,
        rule.Name,
        rule.Order,
        rule.PathPattern,
        rule.Methods,
        rule.IpCidr,
        rule.TenantId,
        rule.ApiClientId,
        rule.Action,
        rule.PermitLimit,
        rule.WindowSeconds,
        rule.IsEnabled,
        rule.Version,
        rule.CreationTime);
}
