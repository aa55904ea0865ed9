namespace AggregatedPayments.Payroll.DataSources;

/// <summary>One page of the HTTP contract: <c>{ "items": [ … ], "nextCursor": "…" | null }</c>.</summary>
internal sealed class PayrollHttpPage
{
    public List<PayrollHttpItem?>? Items { get; set; }

    /// <summary>Where the next page starts; null on the last page.</summary>
    public string? NextCursor { get; set; }
}
