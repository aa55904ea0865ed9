namespace AggregatedPayments.Payroll;

/// <summary>Payroll files: the template to fill, the upload that takes a filled file in, and any intake's error report.</summary>
public interface IPayrollUploadAppService
{
    /// <summary>The header row and one example row, headers in the asked language.</summary>
    Task<PayrollFileContent> GetTemplateAsync(GetPayrollTemplateInput input, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes a CSV or XLSX payroll file in as one intake and answers it (counts, status). An identical file
    /// uploaded before is refused as a conflict that names the earlier intake, and changes nothing.
    /// </summary>
    Task<PayrollIntakeDto> UploadAsync(PayrollUploadFile file, CancellationToken cancellationToken = default);

    /// <summary>Every refused line of an intake (upload, pull or API), in line order, with its reasons in the caller's language.</summary>
    Task<PayrollFileContent> GetErrorReportAsync(Guid id, GetPayrollErrorReportInput input, CancellationToken cancellationToken = default);
}
