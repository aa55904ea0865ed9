using AggregatedPayments.Dtos;

namespace AggregatedPayments.Payroll.DataSources;

/// <summary>
/// The merchant's data sources, and pulls from them. A pull answers at once with its intake and runs in the
/// background: follow it, and cancel it, through <see cref="IPayrollIntakeAppService"/>.
/// </summary>
public interface IPayrollDataSourceAppService
{
    Task<PagedResultDto<PayrollDataSourceDto>> GetListAsync(GetPayrollDataSourceListInput input, CancellationToken cancellationToken = default);

    Task<PayrollDataSourceDto> GetAsync(Guid id, CancellationToken cancellationToken = default);

    Task<PayrollDataSourceDto> CreateAsync(CreatePayrollDataSourceDto input, CancellationToken cancellationToken = default);

    /// <summary>An empty database password keeps the stored one.</summary>
    Task<PayrollDataSourceDto> UpdateAsync(Guid id, UpdatePayrollDataSourceDto input, CancellationToken cancellationToken = default);

    /// <summary>Refused while a pull of the source runs; the intakes it made stay.</summary>
    Task DeleteAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Reaches the source with the stored settings and takes nothing in; a failure is answered, not thrown.</summary>
    Task<PayrollDataSourceTestResultDto> TestAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>Starts a pull and answers its intake, still running; refused while another pull of the source runs.</summary>
    Task<PayrollIntakeDto> PullAsync(Guid id, CancellationToken cancellationToken = default);
}
