using AggregatedPayments.Dtos;

namespace AggregatedPayments.Payroll;

/// <summary>Handing chosen pending payouts to the money core: a preview first, then a submission its job carries out.</summary>
public interface IPayrollSubmissionAppService
{
    /// <summary>The orders, totals and per-channel figures a submission of this input would make; nothing is written.</summary>
    Task<PayrollSubmissionPreviewDto> PreviewAsync(CreatePayrollSubmissionDto input, CancellationToken cancellationToken = default);

    /// <summary>Records the submission and queues its job; follow it with <see cref="GetAsync"/>.</summary>
    Task<PayrollSubmissionDto> CreateAsync(CreatePayrollSubmissionDto input, CancellationToken cancellationToken = default);

    Task<PagedResultDto<PayrollSubmissionDto>> GetListAsync(GetPayrollSubmissionListInput input, CancellationToken cancellationToken = default);

    Task<PayrollSubmissionDto> GetAsync(Guid id, CancellationToken cancellationToken = default);
}
