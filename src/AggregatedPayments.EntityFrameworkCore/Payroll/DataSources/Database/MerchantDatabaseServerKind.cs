namespace AggregatedPayments.Payroll.DataSources;

/// <summary>The two engines differ in how one statement is given a time limit.</summary>
internal enum MerchantDatabaseServerKind
{
    MySql,
    MariaDb
}
