namespace AggregatedPayments.Payroll;

public static class PayrollPermissions
{
    public const string GroupName = "AggregatedPayments.Payroll";

    /// <summary>See pending payouts, intakes and their error reports.</summary>
    public const string View = GroupName + ".View";

    /// <summary>Add pending payouts through the API.</summary>
    public const string Create = GroupName + ".Create";

    /// <summary>Upload payroll files.</summary>
    public const string Upload = GroupName + ".Upload";

    /// <summary>Pull from the merchant's data sources, and cancel a running intake.</summary>
    public const string Pull = GroupName + ".Pull";

    /// <summary>Define and change the merchant's data sources (addresses and database credentials).</summary>
    public const string ManageDataSources = GroupName + ".ManageDataSources";

    /// <summary>Choose pending payouts and hand them to the money core: this is what moves money.</summary>
    public const string Submit = GroupName + ".Submit";

    /// <summary>Set pending payouts aside, never to be paid.</summary>
    public const string Discard = GroupName + ".Discard";
}
