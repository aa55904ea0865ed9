using AggregatedPayments.Dtos;

namespace AggregatedPayments.Payroll;

/// <summary>A merchant's pending payouts: listed and filtered, read one by one, and set aside.</summary>
public interface IPayrollItemAppService
{
    Task<PagedResultDto<PayrollItemDto>> GetListAsync(GetPayrollItemListInput input, CancellationToken cancellationToken = default);

    Task<PayrollItemDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Sets the selection's valid pending items aside with the reason; the others are counted with theirs.</summary>
    Task<PayrollDiscardResultDto> DiscardAsync(DiscardPayrollItemsDto input, CancellationToken cancellationToken = default);
}
