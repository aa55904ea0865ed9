namespace AggregatedPayments.Payroll.DataSources;

public sealed class PayrollHttpSourceInputDto
{
    /// <summary>An absolute https address (http only to a target an administrator allowed), without user name, password or fragment.</summary>
    public string? Url { get; set; }

    /// <summary>Items asked for per page, 1 to 1000; 500 when left out.</summary>
    public int? PageSize { get; set; }
}
