using System.Globalization;
using System.Text;
using AggregatedPayments.Data;
using AggregatedPayments.Hosting;
using AggregatedPayments.MultiTenancy;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;

namespace AggregatedPayments.Payroll;

/// <summary>Uploads through the client proxy as a merchant's clerk would, and reads back what the merchant now holds and the reports it gets.</summary>
public abstract class PayrollUploadHostTestBase(AggregatedPaymentsWebFactory factory) : HostTestBase(factory)
{
    protected static Task<PayrollIntakeDto> UploadAsync(HttpClient client, string fileName, byte[] bytes) =>
        new PayrollUploadClientProxy(client).UploadAsync(new PayrollUploadFile(fileName, new MemoryStream(bytes)));

    protected static async Task<byte[]> ErrorReportAsync(HttpClient client, Guid intakeId, PayrollFileFormat format)
    {
        var file = await new PayrollUploadClientProxy(client).GetErrorReportAsync(intakeId, new GetPayrollErrorReportInput { Format = format });
        return await BytesAsync(file);
    }

    protected static async Task<byte[]> BytesAsync(PayrollFileContent file)
    {
        using var bytes = new MemoryStream();
        await file.WriteToAsync(bytes);
        return bytes.ToArray();
    }

    /// <summary>A report's rows below its header, whichever format: each row's cells as text.</summary>
    protected static List<string?[]> ReportRows(byte[] report, PayrollFileFormat format)
    {
        if (format == PayrollFileFormat.Xlsx)
        {
            return PayrollXlsxReader.ReadRows(new MemoryStream(report)).Skip(1).Select(r => r.Cells.ToArray()).ToList();
        }

        using var parser = new CsvParser(new StringReader(Encoding.UTF8.GetString(report)), CultureInfo.InvariantCulture);
        var rows = new List<string?[]>();
        while (parser.Read())
        {
            // An empty CSV field is an absent cell, as in XLSX.
            rows.Add(parser.Record!.Select(f => f.Length == 0 ? null : f).ToArray());
        }

        return rows.Skip(1).ToList();
    }

    protected async Task<List<PayrollItem>> ItemsAsync(Guid merchantId)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(merchantId);
        var items = scope.ServiceProvider.GetRequiredService<IRepository<PayrollItem>>();
        return await scope.ServiceProvider.GetRequiredService<IAsyncQueryExecuter>().ToListAsync(items.QueryNoTracking());
    }

    protected static async Task<long> IntakeCountAsync(HttpClient client) =>
        (await new PayrollIntakeClientProxy(client).GetListAsync(new GetPayrollIntakeListInput())).TotalCount;
}
