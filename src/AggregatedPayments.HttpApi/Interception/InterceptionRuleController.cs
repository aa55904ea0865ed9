using AggregatedPayments.Controllers;
using AggregatedPayments.Dtos;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Interception;

[Route("api/interception-rules")]
public sealed class InterceptionRuleController(IInterceptionRuleAppService service) : AggregatedPaymentsController, IInterceptionRuleAppService
{
    [HttpGet("{id:guid}")]
    [Authorize(InterceptionPermissions.Default)]
    public Task<InterceptionRuleDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        service.GetAsync(id, cancellationToken);

    [HttpGet]
    [Authorize(InterceptionPermissions.Default)]
    public Task<PagedResultDto<InterceptionRuleDto>> GetListAsync([FromQuery] GetInterceptionRuleListInput input, CancellationToken cancellationToken = default) =>
        service.GetListAsync(input, cancellationToken);

    [HttpPost]
    [Authorize(InterceptionPermissions.Manage)]
    public Task<InterceptionRuleDto> CreateAsync(CreateInterceptionRuleDto input, CancellationToken cancellationToken = default) =>
        service.CreateAsync(input, cancellationToken);

    [HttpPut("{id:guid}")]
    [Authorize(InterceptionPermissions.Manage)]
    public Task<InterceptionRuleDto> UpdateAsync(Guid id, UpdateInterceptionRuleDto input, CancellationToken cancellationToken = default) =>
        service.UpdateAsync(id, input, cancellationToken);

    [HttpDelete("{id:guid}")]
    [Authorize(InterceptionPermissions.Manage)]
    public Task DeleteAsync(Guid id, CancellationToken cancellationToken = default) =>
        service.DeleteAsync(id, cancellationToken);
}
