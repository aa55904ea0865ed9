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

    /// <summary>The platform sets a merchant's currencies and limits, and everything the merchant may set itself.</summary>
    public const string Parameters = Default + ".Parameters";

    /// <summary>The platform lists, rotates and revokes a merchant's API credentials.</summary>
    public const string ApiCredentials = Default + ".ApiCredentials";

    /// <summary>A merchant's own view of its parameters.</summary>
    public const string MyMerchant = GroupName + ".MyMerchant";

    /// <summary>A merchant sets its notify address, API address ranges, approval thresholds and time zone.</summary>
    public const string MyMerchantParameters = MyMerchant + ".Parameters";

    /// <summary>A merchant lists, rotates and revokes its own API credentials.</summary>
    public const string MyMerchantApiCredentials = MyMerchant + ".ApiCredentials";
}
