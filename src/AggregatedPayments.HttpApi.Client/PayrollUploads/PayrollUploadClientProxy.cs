using System.Net.Http.Headers;
using AggregatedPayments.Http;

namespace AggregatedPayments.Payroll;

/// <summary>Downloads come back whole in memory (templates and error reports are small beside the files they describe); uploads stream.</summary>
public sealed class PayrollUploadClientProxy(HttpClient httpClient) : ClientProxyBase(httpClient), IPayrollUploadAppService
{
    private const string Path = "api/payroll";

    public Task<PayrollFileContent> GetTemplateAsync(GetPayrollTemplateInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return DownloadAsync(WithQuery($"{Path}/uploads/template", (nameof(input.Format), input.Format), (nameof(input.Culture), input.Culture)), cancellationToken);
    }

    public async Task<PayrollIntakeDto> UploadAsync(PayrollUploadFile file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(file);
        using var content = new MultipartFormDataContent();
        var part = new StreamContent(file.Content);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(part, "file", file.FileName);
        return await PostContentAsync<PayrollIntakeDto>($"{Path}/uploads", content, cancellationToken);
    }

    public Task<PayrollFileContent> GetErrorReportAsync(Guid id, GetPayrollErrorReportInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return DownloadAsync(WithQuery($"{Path}/intakes/{id}/error-report", (nameof(input.Format), input.Format)), cancellationToken);
    }

    private async Task<PayrollFileContent> DownloadAsync(string url, CancellationToken cancellationToken)
    {
        var (bytes, headers) = await GetBytesAsync(url, cancellationToken);
        var name = headers.ContentDisposition?.FileNameStar ?? headers.ContentDisposition?.FileName?.Trim('"') ?? "download";
        return new PayrollFileContent(name, headers.ContentType?.MediaType ?? "application/octet-stream", (destination, token) => destination.WriteAsync(bytes, token).AsTask());
    }
}
