namespace AggregatedPayments.Payroll;

public sealed class CreatePayrollItemsDto
{
    /// <summary>At most <see cref="PayrollConsts.MaxItemsPerRequest"/>; each answered in the same order.</summary>
    public List<PayrollItemInputDto>? Items { get; set; }
}
