using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace AggregatedPayments.Payroll;

/// <summary>Writes a file to the response as it is produced, named for download (RFC 6266, so a Chinese name survives).</summary>
public sealed class PayrollFileActionResult(PayrollFileContent file) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        response.ContentType = file.ContentType;
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(file.FileName);
        response.Headers.ContentDisposition = disposition.ToString();
        await file.WriteToAsync(response.Body, context.HttpContext.RequestAborted);
    }
}
