namespace AggregatedPayments.Payroll;

/// <summary>The file formats of payroll files, templates and error reports.</summary>
public enum PayrollFileFormat
{
    Csv,
    Xlsx
}
