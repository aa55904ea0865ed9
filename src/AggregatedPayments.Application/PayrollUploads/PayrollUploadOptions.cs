namespace AggregatedPayments.Payroll;

/// <summary>Configuration section "PayrollUploads".</summary>
public sealed class PayrollUploadOptions
{
    public const string SectionName = "PayrollUploads";

    /// <summary>A larger file is refused while it arrives; 100,000 lines of CSV take about 15 MB.</summary>
    public long MaxFileBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>Where an upload is kept while it is read, and an XLSX export while it is built; each file is deleted when done.</summary>
    public string TemporaryDirectory { get; set; } = Path.Combine(Path.GetTempPath(), "aggregated-payments");
}
