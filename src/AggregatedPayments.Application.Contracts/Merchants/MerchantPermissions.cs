namespace AggregatedPayments.Merchants;

public static class MerchantPermissions
{
    public const string GroupName = "AggregatedPayments.Merchants";

    public const string Default = GroupName + ".Merchants";
    public const string Create = Default + ".Create";
    public const string Update = Default + ".Update";
    public const string Suspend = Default + ".Suspend";
    public const string Delete = Default + ".Delete";

    /// <summary>A platform user may name a merchant in the __tenant header and act inside it (audited).</summary>
    public const string ActInside = Default + ".ActInside";
}
