namespace AggregatedPayments.Payroll.DataSources;

/// <summary>How the merchant database reader pages and connects; the defaults suit production, tests make pages small.</summary>
public sealed class MerchantDatabaseReaderOptions
{
    /// <summary>Rows per statement: one page is buffered and its statement finished before the intake writes it.</summary>
    public int PageSize { get; init; } = 1000;

    /// <summary>Opening the connection, TLS and login included, per address tried.</summary>
    public int ConnectTimeoutSeconds { get; init; } = 10;
}
