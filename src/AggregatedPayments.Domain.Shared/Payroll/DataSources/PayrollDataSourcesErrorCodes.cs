namespace AggregatedPayments.Payroll.DataSources;

/// <summary>Stable codes of the merchant's data sources and their pulls.</summary>
public static class PayrollDataSourcesErrorCodes
{
    private const string Prefix = "AP:PayrollDataSources:";

    /// <summary>Another data source of the merchant has this name.</summary>
    public const string NameInUse = Prefix + "NameInUse";

    /// <summary>A pull of this data source is still running: follow or cancel it first.</summary>
    public const string PullAlreadyRunning = Prefix + "PullAlreadyRunning";

    public const string SourceDisabled = Prefix + "SourceDisabled";

    /// <summary>Plain http goes only to a target an administrator allowed; anywhere else the address must be https.</summary>
    public const string HttpsRequired = Prefix + "HttpsRequired";
}
