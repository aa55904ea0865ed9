namespace AggregatedPayments.Payroll.DataSources;

/// <summary>Where a data source reads the merchant's pending payouts from.</summary>
public enum PayrollDataSourceKind
{
    /// <summary>The merchant's server answers the documented JSON contract, page by page (docs/payroll-data-sources.md, "HTTP").</summary>
    Http,

    /// <summary>A view of the merchant's own MySQL or MariaDB database (docs/payroll-data-sources.md, "Merchant database").</summary>
    Database
}
