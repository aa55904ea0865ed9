using AggregatedPayments.ChannelCallbacks;
using AggregatedPayments.Controllers;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace AggregatedPayments.Payroll;

[Route("api/payroll")]
[PayrollFileResult]
public sealed class PayrollUploadController(IPayrollUploadAppService uploads) : AggregatedPaymentsController, IPayrollUploadAppService
{
    [HttpGet("uploads/template")]
    [Authorize(PayrollPermissions.View)]
    public Task<PayrollFileContent> GetTemplateAsync([FromQuery] GetPayrollTemplateInput input, CancellationToken cancellationToken = default) =>
        uploads.GetTemplateAsync(input, cancellationToken);

    /// <summary>
    /// multipart/form-data with the file in a field named "file". The body is read as it arrives (no form
    /// buffering); the size limit is the app's own (PayrollUploads:MaxFileBytes), refused with a clear code.
    /// </summary>
    [HttpPost("uploads")]
    [Authorize(PayrollPermissions.Upload)]
    [RawRequestBody]
    [DisableRequestSizeLimit]
    public Task<PayrollIntakeDto> UploadAsync([ModelBinder(typeof(PayrollUploadFileBinder))] PayrollUploadFile file, CancellationToken cancellationToken = default) =>
        uploads.UploadAsync(file, cancellationToken);

    [HttpGet("intakes/{id:guid}/error-report")]
    [Authorize(PayrollPermissions.View)]
    public Task<PayrollFileContent> GetErrorReportAsync(Guid id, [FromQuery] GetPayrollErrorReportInput input, CancellationToken cancellationToken = default) =>
        uploads.GetErrorReportAsync(id, input, cancellationToken);
}
