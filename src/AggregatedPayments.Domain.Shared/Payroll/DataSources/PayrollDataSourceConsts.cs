namespace AggregatedPayments.Payroll.DataSources;

public static class PayrollDataSourceConsts
{
    public const int MaxNameLength = 64;

    public const int MaxUrlLength = 2048;

    public const int MinPageSize = 1;

    /// <summary>Items one page may be asked for: a page is read whole before its items are taken in.</summary>
    public const int MaxPageSize = 1000;

    public const int DefaultPageSize = 500;

    /// <summary>Longer cursors are refused: a cursor is an opaque position, not a payload.</summary>
    public const int MaxCursorLength = 1024;

    /// <summary>
    /// The outbound-call purpose of data-source requests: its limits can be set under
    /// <c>OutboundCalls:Purposes:PayrollDataSource</c>; the page size cap defaults to <see cref="DefaultMaxPageBytes"/>.
    /// </summary>
    public const string OutboundPurpose = "PayrollDataSource";

    /// <summary>8 MiB: a thousand items of the contract take well under one.</summary>
    public const long DefaultMaxPageBytes = 8 * 1024 * 1024;
}
