namespace AggregatedPayments.Payroll;

/// <summary>A payroll file coming from the caller: its name as the caller's machine knows it, and its bytes, read once.</summary>
public sealed class PayrollUploadFile(string fileName, Stream content)
{
    public string FileName { get; } = fileName;

    public Stream Content { get; } = content;
}
