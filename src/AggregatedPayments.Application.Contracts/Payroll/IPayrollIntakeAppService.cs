using AggregatedPayments.Dtos;

namespace AggregatedPayments.Payroll;

/// <summary>Intakes of pending payouts: items sent through the API, and every intake's progress, outcome and refused lines.</summary>
public interface IPayrollIntakeAppService
{
    /// <summary>Checks and stores the items as one intake; the same items sent again create nothing new.</summary>
    Task<PayrollIntakeResultDto> CreateItemsAsync(CreatePayrollItemsDto input, CancellationToken cancellationToken = default);

    Task<PagedResultDto<PayrollIntakeDto>> GetListAsync(GetPayrollIntakeListInput input, CancellationToken cancellationToken = default);

    Task<PayrollIntakeDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<PagedResultDto<PayrollIntakeErrorDto>> GetErrorsAsync(Guid id, GetPayrollIntakeErrorListInput input, CancellationToken cancellationToken = default);

    /// <summary>Asks a running intake (a pull, a large upload) to stop after its current batch.</summary>
    Task<PayrollIntakeDto> CancelAsync(Guid id, CancellationToken cancellationToken = default);
}
